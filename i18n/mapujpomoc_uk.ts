<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en">
    <context>
        <name>MapujPomoc</name>
        <message>
            <location filename="../mapujpomoc_qgis/core/credentials.py" line="22" />
            <source>No authentication configuration is chosen. Pick or create one in the connection settings.</source>
            <translation>Не вибрано конфігурацію автентифікації. Виберіть або створіть її в налаштуваннях з'єднання.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/credentials.py" line="27" />
            <source>The authentication configuration {0} cannot be read. Unlock the QGIS authentication database or choose another configuration.</source>
            <translation>Не вдається прочитати конфігурацію автентифікації {0}. Розблокуйте базу автентифікації QGIS або виберіть іншу конфігурацію.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/credentials.py" line="30" />
            <source>The authentication configuration uses the method {0}; Mapuj Pomoc needs 'Basic' with your store user name and the token as password.</source>
            <translation>Конфігурація автентифікації використовує метод {0}; Mapuj Pomoc потребує методу «Basic» з вашим ім'ям користувача на сервері та токеном як паролем.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/credentials.py" line="34" />
            <source>The authentication configuration has no password; paste your store token there.</source>
            <translation>У конфігурації автентифікації немає пароля; вставте туди свій токен із сервера.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/credentials.py" line="54" />
            <source>The QGIS authentication database refused to store the configuration. Set or unlock its master password first.</source>
            <translation>База автентифікації QGIS відмовилася зберегти конфігурацію. Спочатку встановіть або розблокуйте її головний пароль.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="128" />
            <source>Aid points</source>
            <translation>Пункти допомоги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="128" />
            <source>Service areas</source>
            <translation>Зони обслуговування</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="129" />
            <source>My area</source>
            <translation>Моя територія</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="53" />
            <source>Communes</source>
            <translation>Гміни</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="53" />
            <source>Counties</source>
            <translation>Повіти</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="53" />
            <source>Voivodeships</source>
            <translation>Воєводства</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="54" />
            <source>Catalog</source>
            <translation>Каталог</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="59" />
            <source>Identifier</source>
            <translation>Ідентифікатор</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="66" />
            <source>Name</source>
            <translation>Назва</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="59" />
            <source>Organisation</source>
            <translation>Організація</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="60" />
            <source>Organisation type</source>
            <translation>Тип організації</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="102" />
            <source>Help types</source>
            <translation>Види допомоги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="112" />
            <source>Forms of help</source>
            <translation>Форми допомоги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="106" />
            <source>Languages</source>
            <translation>Мови</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="61" />
            <source>Description</source>
            <translation>Опис</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="61" />
            <source>Street</source>
            <translation>Вулиця</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="62" />
            <source>House number</source>
            <translation>Номер будинку</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="62" />
            <source>Postcode</source>
            <translation>Поштовий індекс</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="62" />
            <source>City</source>
            <translation>Населений пункт</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="62" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="63" />
            <source>E-mail</source>
            <translation>Ел. пошта</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="63" />
            <source>Website</source>
            <translation>Вебсайт</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="63" />
            <source>Opening hours</source>
            <translation>Години роботи</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="107" />
            <source>Target groups</source>
            <translation>Цільові групи</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="113" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="64" />
            <source>Verified on</source>
            <translation>Перевірено</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="65" />
            <source>Commune code (TERYT)</source>
            <translation>Код гміни (TERYT)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="40" />
            <source>Version</source>
            <translation>Версія</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="65" />
            <source>Updated at</source>
            <translation>Оновлено</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="66" />
            <source>Updated by</source>
            <translation>Автор зміни</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="66" />
            <source>Aid point</source>
            <translation>Пункт допомоги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="66" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="67" />
            <source>Parameters</source>
            <translation>Параметри</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="79" />
            <source>Postcode must look like 00-000.</source>
            <translation>Поштовий індекс має бути у форматі 00-000.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="80" />
            <source>This is not an e-mail address.</source>
            <translation>Це не адреса електронної пошти.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="82" />
            <source>A phone number has digits, spaces, dashes or brackets, optionally a leading +.</source>
            <translation>Номер телефону складається з цифр, пробілів, дефісів або дужок, можливо з + на початку.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="85" />
            <source>A web address starts with http:// or https://.</source>
            <translation>Вебадреса починається з http:// або https://.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="138" />
            <source>Other</source>
            <translation>Інше</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="236" />
            <source>This location is outside your area; the store will refuse it.</source>
            <translation>Це розташування поза вашою областю; сервер його відхилить.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="274" />
            <source>Cannot open the layer {0} of {1}.</source>
            <translation>Не вдається відкрити шар {0} з {1}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/review.py" line="33" />
            <source>Mark verified</source>
            <translation>Позначити як перевірене</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/task.py" line="33" />
            <source>Mapuj Pomoc: sync</source>
            <translation>Mapuj Pomoc: синхронізація</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/task.py" line="51" />
            <source>Sync cancelled; the working copy is unchanged.</source>
            <translation>Синхронізацію скасовано; робоча копія не змінилася.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/task.py" line="55" />
            <source>Unexpected error during sync: {0}</source>
            <translation>Неочікувана помилка під час синхронізації: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="39" />
            <source>(area)</source>
            <translation>(область)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="52" />
            <source>Resolve conflict</source>
            <translation>Розв’язати конфлікт</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="59" />
            <source>&lt;b&gt;{0}&lt;/b&gt; was changed here and on the store. Choose which value to keep for each field; nothing is sent until the next sync.</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; змінено тут і на сервері. Оберіть, яке значення залишити для кожного поля; нічого не буде надіслано до наступної синхронізації.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="63" />
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="63" />
            <source>Before</source>
            <translation>Раніше</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="63" />
            <source>Mine</source>
            <translation>Моє</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="63" />
            <source>Theirs (store)</source>
            <translation>Їхнє (сервер)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="63" />
            <source>Keep</source>
            <translation>Залишити</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="66" />
            <source>Feature deleted</source>
            <translation>Об’єкт видалено</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="143" />
            <source>Location</source>
            <translation>Розташування</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="70" />
            <source>deleted here</source>
            <translation>видалено тут</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="70" />
            <source>edited here</source>
            <translation>змінено тут</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="71" />
            <source>deleted on the store</source>
            <translation>видалено на сервері</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="71" />
            <source>edited on the store</source>
            <translation>змінено на сервері</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="80" />
            <source>mine</source>
            <translation>моє</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="80" />
            <source>theirs</source>
            <translation>їхнє</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="93" />
            <source>All mine</source>
            <translation>Усі мої</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="94" />
            <source>All theirs</source>
            <translation>Усі їхні</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="29" />
            <source>the whole country</source>
            <translation>уся країна</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="29" />
            <source>none</source>
            <translation>немає</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="31" />
            <source>Connected as {0} ({1}). Your area: {2}.</source>
            <translation>Підключено як {0} ({1}). Ваша територія: {2}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="37" />
            <source>Mapuj Pomoc – connection</source>
            <translation>Mapuj Pomoc – з'єднання</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="45" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="47" />
            <source>default: {0}</source>
            <translation>за замовчуванням: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="48" />
            <source>Test connection</source>
            <translation>Перевірити з'єднання</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="54" />
            <source>Store address</source>
            <translation>Адреса сервера</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="55" />
            <source>Authentication</source>
            <translation>Автентифікація</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="56" />
            <source>Use a 'Basic' configuration: your store user name, and the token as password.</source>
            <translation>Використовуйте конфігурацію «Basic»: ваше ім'я користувача на сервері, а токен як пароль.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="59" />
            <source>Working copy</source>
            <translation>Робоча копія</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="78" />
            <source>Enter the store address first.</source>
            <translation>Спочатку введіть адресу сервера.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="114" />
            <source>Help filter</source>
            <translation>Фільтр допомоги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="56" />
            <source>Filter</source>
            <translation>Фільтр</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="57" />
            <source>Lists</source>
            <translation>Списки</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="58" />
            <source>Review</source>
            <translation>Перевірка</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="87" />
            <source>Search name, organisation, address, description…</source>
            <translation>Пошук у назві, організації, адресі, описі…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="95" />
            <source>Zoom to results</source>
            <translation>Наблизити до результатів</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="96" />
            <source>Select results</source>
            <translation>Виділити результати</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="97" />
            <source>Clear filter</source>
            <translation>Очистити фільтр</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="116" />
            <source>Verified within the last</source>
            <translation>Перевірені протягом останніх</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="199" />
            <source> months</source>
            <translation> міс.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="130" />
            <source>Voivodeship</source>
            <translation>Воєводство</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="131" />
            <source>County</source>
            <translation>Повіт</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="132" />
            <source>Commune</source>
            <translation>Гміна</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="134" />
            <source>Region</source>
            <translation>Регіон</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="168" />
            <source>Saved lists (kept in the project)</source>
            <translation>Збережені списки (зберігаються в проєкті)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="171" />
            <source>Save current filter…</source>
            <translation>Зберегти поточний фільтр…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="172" />
            <source>Apply</source>
            <translation>Застосувати</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="173" />
            <source>Delete</source>
            <translation>Видалити</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="178" />
            <source>Export CSV…</source>
            <translation>Експортувати CSV…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="179" />
            <source>Export PDF list…</source>
            <translation>Експортувати список PDF…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="195" />
            <source>Not verified for more than</source>
            <translation>Не перевірені понад</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="201" />
            <source>Find</source>
            <translation>Знайти</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="208" />
            <source>Select on map</source>
            <translation>Виділити на мапі</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="209" />
            <source>Mark selected verified</source>
            <translation>Позначити вибрані як перевірені</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="261" />
            <source>(all)</source>
            <translation>(усі)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="331" />
            <source>No aid point layer: sync first.</source>
            <translation>Немає шару пунктів допомоги: спершу синхронізуйте.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="337" />
            <source>The filter could not be applied to the layer.</source>
            <translation>Не вдалося застосувати фільтр до шару.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="339" />
            <source>{0} of {1} points</source>
            <translation>Пункти: {0} з {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="381" />
            <source>Save list</source>
            <translation>Зберегти список</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="381" />
            <source>Name of the list:</source>
            <translation>Назва списку:</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="405" />
            <source>CSV table (*.csv)</source>
            <translation>Таблиця CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="405" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="406" />
            <source>Export list</source>
            <translation>Експортувати список</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="412" />
            <source>Saved {0} points to {1}</source>
            <translation>Збережено пункти ({0}) у {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="438" />
            <source>Select the points you have checked in the list.</source>
            <translation>Виділіть у списку перевірені пункти.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="441" />
            <source>{0} point(s) marked verified; they are sent with the next sync.</source>
            <translation>Позначено як перевірені: {0}; їх буде надіслано під час наступної синхронізації.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="20" />
            <source>created</source>
            <translation>створено</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="43" />
            <source>changed</source>
            <translation>змінено</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="43" />
            <source>deleted</source>
            <translation>видалено</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="36" />
            <source>History of {0}</source>
            <translation>Історія: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="38" />
            <source>Loading…</source>
            <translation>Завантаження…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="40" />
            <source>When (UTC)</source>
            <translation>Коли (UTC)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="40" />
            <source>Who</source>
            <translation>Хто</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="40" />
            <source>What</source>
            <translation>Що</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="40" />
            <source>Old</source>
            <translation>Було</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="40" />
            <source>New</source>
            <translation>Стало</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="51" />
            <source>Mapuj Pomoc: history</source>
            <translation>Mapuj Pomoc: історія</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="61" />
            <source>Could not load the history: {0}</source>
            <translation>Не вдалося завантажити історію: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="70" />
            <source>{0} change(s)</source>
            <translation>Кількість змін: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="43" />
            <source>new</source>
            <translation>новий</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="48" />
            <source>Mapuj Pomoc – sync</source>
            <translation>Mapuj Pomoc – синхронізація</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="111" />
            <source>Sync</source>
            <translation>Синхронізувати</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="66" />
            <source>Change</source>
            <translation>Зміна</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="64" />
            <source>Layer</source>
            <translation>Шар</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="65" />
            <source>Fields</source>
            <translation>Поля</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="66" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="69" />
            <source>Pending</source>
            <translation>Очікують</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="69" />
            <source>Conflicts</source>
            <translation>Конфлікти</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="69" />
            <source>Refused</source>
            <translation>Відхилені</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="69" />
            <source>Log</source>
            <translation>Журнал</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="74" />
            <source>Discard change</source>
            <translation>Скасувати зміну</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="75" />
            <source>Restore the selected feature as it was at the last sync</source>
            <translation>Відновити вибраний об’єкт до стану після останньої синхронізації</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="76" />
            <source>Resolve…</source>
            <translation>Розв’язати…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="77" />
            <source>History of selected point</source>
            <translation>Історія вибраного пункту</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="151" />
            <source>Not synced yet.</source>
            <translation>Ще не синхронізовано.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="143" />
            <source>deleted on one side</source>
            <translation>видалено з одного боку</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="151" />
            <source>Last sync: {0}</source>
            <translation>Остання синхронізація: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="154" />
            <source>Pending ({0})</source>
            <translation>Очікують ({0})</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="155" />
            <source>Conflicts ({0})</source>
            <translation>Конфлікти ({0})</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="156" />
            <source>Refused ({0})</source>
            <translation>Відхилені ({0})</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="172" />
            <source>Sync started.</source>
            <translation>Синхронізацію розпочато.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="180" />
            <source>Refused: {0}</source>
            <translation>Відхилено: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="199" />
            <source>Select the changes to discard in the Pending or Refused list.</source>
            <translation>Виберіть зміни для скасування у списку «Очікують» або «Відхилені».</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="209" />
            <source>Discarded the local change of {0}.</source>
            <translation>Скасовано локальну зміну об’єкта {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="218" />
            <source>Select a feature in the Conflicts list.</source>
            <translation>Виберіть об’єкт у списку «Конфлікти».</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="234" />
            <source>Select one aid point on the map to see its history.</source>
            <translation>Виберіть на мапі один пункт допомоги, щоб переглянути його історію.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_runner.py" line="23" />
            <source>Sync finished: {0} change(s) received, {1} sent.</source>
            <translation>Синхронізацію завершено: отримано змін: {0}, надіслано: {1}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_runner.py" line="26" />
            <source>{0} change(s) refused by the store; see the Sync panel.</source>
            <translation>Змін, відхилених сервером: {0}; подробиці на панелі синхронізації.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_runner.py" line="28" />
            <source>{0} feature(s) have conflicts to resolve.</source>
            <translation>Об'єктів із конфліктами, які треба розв'язати: {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_runner.py" line="48" />
            <source>A sync is already running.</source>
            <translation>Синхронізація вже триває.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_runner.py" line="52" />
            <source>Set the store address and authentication in Mapuj Pomoc &gt; Connection settings first.</source>
            <translation>Спочатку вкажіть адресу сервера та автентифікацію в Mapuj Pomoc &gt; Налаштування з'єднання.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="48" />
            <source>Icon {name} not found</source>
            <translation>Значок {name} не знайдено</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="86" />
            <source>Could not load the translation {path}</source>
            <translation>Не вдалося завантажити переклад {path}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="240" />
            <source>Mapuj Pomoc</source>
            <translation>Mapuj Pomoc</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="108" />
            <source>Connection settings…</source>
            <translation>Налаштування з'єднання…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="108" />
            <source>Address of the Mapuj Pomoc store and your account</source>
            <translation>Адреса сервера Mapuj Pomoc і ваш обліковий запис</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="111" />
            <source>Send your edits to the store and fetch the changes of others</source>
            <translation>Надіслати свої зміни на сервер і отримати зміни інших</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="114" />
            <source>Find help by type, language, form, status, region and text</source>
            <translation>Знайти допомогу за типом, мовою, формою, статусом, регіоном і текстом</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="117" />
            <source>Sync panel</source>
            <translation>Панель синхронізації</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="117" />
            <source>Pending changes, conflicts, refusals and history</source>
            <translation>Зміни, що очікують, конфлікти, відмови та історія</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="120" />
            <source>About</source>
            <translation>Про модуль</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="120" />
            <source>About the Mapuj Pomoc plugin</source>
            <translation>Про модуль Mapuj Pomoc</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="193" />
            <source>Sync first: the filter works on the aid points of your working copy.</source>
            <translation>Спершу синхронізуйте: фільтр працює з пунктами допомоги вашої робочої копії.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="243" />
            <source>Help points for refugees from Ukraine in Poland: load the shared layer, keep the entries of your area up to date and sync them with the central store.</source>
            <translation>Пункти допомоги для біженців з України в Польщі: завантажте спільний шар, підтримуйте актуальність записів свого регіону та синхронізуйте їх із центральним сервером.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="246" />
            <source>Licence: GNU GPL v2 or later.</source>
            <translation>Ліцензія: GNU GPL версії 2 або новішої.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="253" />
            <source>About Mapuj Pomoc</source>
            <translation>Про Mapuj Pomoc</translation>
        </message>
    </context>
</TS>
