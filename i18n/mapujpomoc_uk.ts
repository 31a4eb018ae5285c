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
            <location filename="../mapujpomoc_qgis/core/layers.py" line="48" />
            <source>Aid points</source>
            <translation>Пункти допомоги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="48" />
            <source>Service areas</source>
            <translation>Зони обслуговування</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="48" />
            <source>My area</source>
            <translation>Моя територія</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="49" />
            <source>Communes</source>
            <translation>Гміни</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="49" />
            <source>Counties</source>
            <translation>Повіти</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="49" />
            <source>Voivodeships</source>
            <translation>Воєводства</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="50" />
            <source>Catalog</source>
            <translation>Каталог</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="55" />
            <source>Identifier</source>
            <translation>Ідентифікатор</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="55" />
            <source>Name</source>
            <translation>Назва</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="55" />
            <source>Organisation</source>
            <translation>Організація</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="56" />
            <source>Organisation type</source>
            <translation>Тип організації</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="56" />
            <source>Help types</source>
            <translation>Види допомоги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="56" />
            <source>Forms of help</source>
            <translation>Форми допомоги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="57" />
            <source>Languages</source>
            <translation>Мови</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="57" />
            <source>Description</source>
            <translation>Опис</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="57" />
            <source>Street</source>
            <translation>Вулиця</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="58" />
            <source>House number</source>
            <translation>Номер будинку</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="58" />
            <source>Postcode</source>
            <translation>Поштовий індекс</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="58" />
            <source>City</source>
            <translation>Населений пункт</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="58" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="59" />
            <source>E-mail</source>
            <translation>Ел. пошта</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="59" />
            <source>Website</source>
            <translation>Вебсайт</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="59" />
            <source>Opening hours</source>
            <translation>Години роботи</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="60" />
            <source>Target groups</source>
            <translation>Цільові групи</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="60" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="60" />
            <source>Verified on</source>
            <translation>Перевірено</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="61" />
            <source>Commune code (TERYT)</source>
            <translation>Код гміни (TERYT)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="61" />
            <source>Version</source>
            <translation>Версія</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="61" />
            <source>Updated at</source>
            <translation>Оновлено</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="62" />
            <source>Updated by</source>
            <translation>Автор зміни</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="62" />
            <source>Aid point</source>
            <translation>Пункт допомоги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="62" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="63" />
            <source>Parameters</source>
            <translation>Параметри</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="70" />
            <source>Postcode must look like 00-000.</source>
            <translation>Поштовий індекс має бути у форматі 00-000.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="71" />
            <source>This is not an e-mail address.</source>
            <translation>Це не адреса електронної пошти.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="73" />
            <source>A phone number has digits, spaces, dashes or brackets, optionally a leading +.</source>
            <translation>Номер телефону складається з цифр, пробілів, дефісів або дужок, можливо з + на початку.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="75" />
            <source>A web address starts with http:// or https://.</source>
            <translation>Вебадреса починається з http:// або https://.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="112" />
            <source>Other</source>
            <translation>Інше</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="236" />
            <source>Cannot open the layer {0} of {1}.</source>
            <translation>Не вдається відкрити шар {0} з {1}.</translation>
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
            <location filename="../mapujpomoc_qgis/plugin.py" line="82" />
            <source>Could not load the translation {path}</source>
            <translation>Не вдалося завантажити переклад {path}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="170" />
            <source>Mapuj Pomoc</source>
            <translation>Mapuj Pomoc</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="104" />
            <source>Connection settings…</source>
            <translation>Налаштування з'єднання…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="104" />
            <source>Address of the Mapuj Pomoc store and your account</source>
            <translation>Адреса сервера Mapuj Pomoc і ваш обліковий запис</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="107" />
            <source>Sync</source>
            <translation>Синхронізувати</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="107" />
            <source>Send your edits to the store and fetch the changes of others</source>
            <translation>Надіслати свої зміни на сервер і отримати зміни інших</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="110" />
            <source>About</source>
            <translation>Про модуль</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="110" />
            <source>About the Mapuj Pomoc plugin</source>
            <translation>Про модуль Mapuj Pomoc</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="173" />
            <source>Help points for refugees from Ukraine in Poland: load the shared layer, keep the entries of your area up to date and sync them with the central store.</source>
            <translation>Пункти допомоги для біженців з України в Польщі: завантажте спільний шар, підтримуйте актуальність записів свого регіону та синхронізуйте їх із центральним сервером.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="176" />
            <source>Licence: GNU GPL v2 or later.</source>
            <translation>Ліцензія: GNU GPL версії 2 або новішої.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="183" />
            <source>About Mapuj Pomoc</source>
            <translation>Про Mapuj Pomoc</translation>
        </message>
    </context>
</TS>
