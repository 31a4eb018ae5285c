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
            <location filename="../mapujpomoc_qgis/core/export.py" line="75" />
            <source>Exported {0} of {1} to {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="172" />
            <source>Export cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="103" />
            <source>There is no working copy at {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export.py" line="147" />
            <source>The filter cannot be used on the working copy: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export.py" line="259" />
            <source>GDAL has no {0} driver here; choose another format.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export.py" line="266" />
            <source>Unknown coordinate reference system {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export.py" line="334" />
            <source>GDAL could not create the layer {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export.py" line="361" />
            <source>GDAL could not write a feature of {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export.py" line="394" />
            <source>Unknown export format {0}; use one of: {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export.py" line="396" />
            <source>CSV geometry must be wkt or xy, not {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing.py" line="280" />
            <source>Cannot write {0}. Check the folder exists and is writable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export.py" line="439" />
            <source>{0}: {1}, exported from Mapuj Pomoc on {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export.py" line="503" />
            <source>The exported layer {0} cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export.py" line="529" />
            <source>Cannot open {0} to embed the styles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export.py" line="561" />
            <source>Mapuj Pomoc style, {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export.py" line="574" />
            <source>Mapuj Pomoc: export {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export.py" line="597" />
            <source>Unexpected error during the export: {0}</source>
            <translation type="unfinished" />
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
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="67" />
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
            <location filename="../mapujpomoc_qgis/core/printing.py" line="420" />
            <source>Cannot open the layer {0} of {1}.</source>
            <translation>Не вдається відкрити шар {0} з {1}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing.py" line="146" />
            <source>The language pair must be one of: {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing.py" line="159" />
            <source>Unknown template {0}; use one of: {1}, or the path of a .qpt file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing.py" line="198" />
            <source>Printed {0} points of {1} on {2} page(s) to {3}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="94" />
            <source>Printing cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing.py" line="249" />
            <source>An atlas makes one page per commune: choose a voivodeship, county or commune by its TERYT code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing.py" line="427" />
            <source>Outside the region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing.py" line="445" />
            <source>The template {0} is not valid XML (line {1}: {2}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing.py" line="449" />
            <source>QGIS could not load the template {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing.py" line="581" />
            <source>Mapuj Pomoc: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing.py" line="666" />
            <source>The region has no communes to make atlas pages of.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing.py" line="676" />
            <source>QGIS could not write the PDF {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing.py" line="731" />
            <source>Mapuj Pomoc print: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing.py" line="754" />
            <source>Mapuj Pomoc: print {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing.py" line="777" />
            <source>Unexpected error while printing: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="86" />
            <source>'{0}' is not a TERYT code: use 2 digits for a voivodeship, 4 for a county or 7 for a commune.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="96" />
            <source>voivodeship</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="96" />
            <source>county</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="96" />
            <source>commune</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="97" />
            <source>area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="149" />
            <source>Cannot read the boundaries of {0}: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="174" />
            <source>The working copy {0} has no boundaries yet: sync it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="175" />
            <source>There is no {0} with the TERYT code {1} in the working copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="260" />
            <source>The region must be a polygon.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="75" />
            <source>Selected area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="247" />
            <source>Map extent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="221" />
            <source>Choose a polygon layer for the region.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="280" />
            <source>The layer {0} has no polygons to use as the region.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/review.py" line="33" />
            <source>Mark verified</source>
            <translation>Позначити як перевірене</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_area_store.py" line="72" />
            <source>{0} is not a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_area_store.py" line="74" />
            <source>{0} must be more than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_area_store.py" line="77" />
            <source>Give at least one value for {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_area_store.py" line="77" />
            <source>the thresholds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_area_store.py" line="90" />
            <source>Write speeds as class=km/h, e.g. residential=20, not {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_area_store.py" line="94" />
            <source>The speed of {0} is not a number: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_area_store.py" line="96" />
            <source>The speed of {0} cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_area_store.py" line="108" />
            <source>Unknown profile {0}; use walk or drive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_area_store.py" line="153" />
            <source>The points have no field {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_area_store.py" line="156" />
            <source>The points have no help_types field, so they cannot be chosen by help type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_area_store.py" line="224" />
            <source>The area is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_area_store.py" line="262" />
            <source>Your account may only read the store.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_area_store.py" line="268" />
            <source>The aid point lies outside your area; the store would refuse its service area.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_area_store.py" line="295" />
            <source>Unknown kind of service area: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_area_store.py" line="299" />
            <source>{0} is not the identifier of an aid point; service areas can only be saved for the aid points of a working copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_area_store.py" line="344" />
            <source>The service areas layer cannot be edited.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_area_store.py" line="345" />
            <source>Add service areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_area_store.py" line="357" />
            <source>The service areas could not be added to the layer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_area_store.py" line="367" />
            <source>The service areas could not be saved: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_area_store.py" line="421" />
            <source>{0}: no such aid point in the working copy.</source>
            <translation type="unfinished" />
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
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="98" />
            <source>Mapuj Pomoc – regional export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="109" />
            <source>Draw on the map…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="206" />
            <source>No polygon drawn yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="113" />
            <source>Selected features only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="117" />
            <source>Polygon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="64" />
            <source>Layer</source>
            <translation>Шар</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="138" />
            <source>WKT column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="138" />
            <source>Longitude/latitude columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="132" />
            <source>With service areas (clipped to the region)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="142" />
            <source>With boundaries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="137" />
            <source>Add the exported layers to the project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="136" />
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="138" />
            <source>CSV geometry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="141" />
            <source>CRS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="146" />
            <source>Output file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="153" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="204" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="206" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="208" />
            <source>A polygon of {0} corners.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="216" />
            <source>Draw the region on the map first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="217" />
            <source>Drawn area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="251" />
            <source>Choose a region first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="250" />
            <source>Click the corners of the region; right-click to finish, Esc to give up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="269" />
            <source>Choose the file to write.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="284" />
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="298" />
            <source>The export failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="311" />
            <source>Export: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="119" />
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
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="66" />
            <source>Voivodeship</source>
            <translation>Воєводство</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="67" />
            <source>County</source>
            <translation>Повіт</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="68" />
            <source>Commune</source>
            <translation>Гміна</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="65" />
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
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="239" />
            <source>Indexing the aid points…</source>
            <translation>Індексування пунктів допомоги…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="240" />
            <source>Mapuj Pomoc: indexing aid points</source>
            <translation>Mapuj Pomoc: індексування пунктів допомоги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="247" />
            <source>Could not index the aid points: {0}</source>
            <translation>Не вдалося проіндексувати пункти допомоги: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="275" />
            <source>(all)</source>
            <translation>(усі)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="345" />
            <source>No aid point layer: sync first.</source>
            <translation>Немає шару пунктів допомоги: спершу синхронізуйте.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="351" />
            <source>The filter could not be applied to the layer.</source>
            <translation>Не вдалося застосувати фільтр до шару.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="353" />
            <source>{0} of {1} points</source>
            <translation>Пункти: {0} з {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="395" />
            <source>Save list</source>
            <translation>Зберегти список</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="395" />
            <source>Name of the list:</source>
            <translation>Назва списку:</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="419" />
            <source>CSV table (*.csv)</source>
            <translation>Таблиця CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="70" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="420" />
            <source>Export list</source>
            <translation>Експортувати список</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="426" />
            <source>Saved {0} points to {1}</source>
            <translation>Збережено пункти ({0}) у {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="452" />
            <source>Select the points you have checked in the list.</source>
            <translation>Виділіть у списку перевірені пункти.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="455" />
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
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="44" />
            <source>Current map extent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="44" />
            <source>Drawn polygon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="44" />
            <source>Polygon layer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="130" />
            <source>Points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="133" />
            <source>The current filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="133" />
            <source>All points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="134" />
            <source>A saved list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="161" />
            <source>Mapuj Pomoc – print map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="101" />
            <source>A4 portrait</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="101" />
            <source>A3 landscape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="176" />
            <source>Polish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="176" />
            <source>Ukrainian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="176" />
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="178" />
            <source>One page per commune (atlas)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="185" />
            <source>Open the PDF when it is ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="62" />
            <source>Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="191" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="192" />
            <source>PDF file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="201" />
            <source>Print PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="203" />
            <source>Open in layout designer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="245" />
            <source>There is no map to take the extent from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="271" />
            <source>Choose the PDF file to write.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="284" />
            <source>Printing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="298" />
            <source>Printing failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="317" />
            <source>The layout "{0}" is in the project's layouts.</source>
            <translation type="unfinished" />
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
            <location filename="../mapujpomoc_qgis/plugin.py" line="116" />
            <source>Sync</source>
            <translation>Синхронізувати</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="66" />
            <source>Change</source>
            <translation>Зміна</translation>
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
            <location filename="../mapujpomoc_qgis/plugin.py" line="49" />
            <source>Icon {name} not found</source>
            <translation>Значок {name} не знайдено</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="91" />
            <source>Could not load the translation {path}</source>
            <translation>Не вдалося завантажити переклад {path}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/provider.py" line="42" />
            <source>Mapuj Pomoc</source>
            <translation>Mapuj Pomoc</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="113" />
            <source>Connection settings…</source>
            <translation>Налаштування з'єднання…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="113" />
            <source>Address of the Mapuj Pomoc store and your account</source>
            <translation>Адреса сервера Mapuj Pomoc і ваш обліковий запис</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="116" />
            <source>Send your edits to the store and fetch the changes of others</source>
            <translation>Надіслати свої зміни на сервер і отримати зміни інших</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="119" />
            <source>Find help by type, language, form, status, region and text</source>
            <translation>Знайти допомогу за типом, мовою, формою, статусом, регіоном і текстом</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="122" />
            <source>Sync panel</source>
            <translation>Панель синхронізації</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="122" />
            <source>Pending changes, conflicts, refusals and history</source>
            <translation>Зміни, що очікують, конфлікти, відмови та історія</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="125" />
            <source>Print map…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="125" />
            <source>Print a map of the aid points of a region to PDF, with a Polish and Ukrainian legend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="128" />
            <source>Regional export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="128" />
            <source>Export the aid points of a region to GeoPackage, GeoJSON, CSV, XLSX or KML</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="131" />
            <source>About</source>
            <translation>Про модуль</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="131" />
            <source>About the Mapuj Pomoc plugin</source>
            <translation>Про модуль Mapuj Pomoc</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="209" />
            <source>Sync first: the filter works on the aid points of your working copy.</source>
            <translation>Спершу синхронізуйте: фільтр працює з пунктами допомоги вашої робочої копії.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="248" />
            <source>Sync first: printing and export work on the aid points of your working copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="292" />
            <source>Help points for refugees from Ukraine in Poland: load the shared layer, keep the entries of your area up to date and sync them with the central store.</source>
            <translation>Пункти допомоги для біженців з України в Польщі: завантажте спільний шар, підтримуйте актуальність записів свого регіону та синхронізуйте їх із центральним сервером.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="295" />
            <source>Licence: GNU GPL v2 or later.</source>
            <translation>Ліцензія: GNU GPL версії 2 або новішої.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="302" />
            <source>About Mapuj Pomoc</source>
            <translation>Про Mapuj Pomoc</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="47" />
            <source>Working copy (GeoPackage)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="49" />
            <source>Region: TERYT code (2 digits voivodeship, 4 county, 7 commune)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="52" />
            <source>…or region polygons (drawn or from a layer; used when no TERYT code is given)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="55" />
            <source>Filter: a saved list of the project, a filter as JSON, or an SQL condition (empty: all points)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="70" />
            <source>Give the region as a TERYT code or as polygons.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="73" />
            <source>The region layer has no polygons.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="95" />
            <source>The filter is not valid JSON: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="116" />
            <source>Regional export of aid points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="45" />
            <source>Print and export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="125" />
            <source>Exports the aid points of a voivodeship, county or commune (TERYT code) or of any polygons, kept by a filter, to GeoPackage (with the layer styles embedded), GeoJSON, CSV (WKT or longitude/latitude), XLSX or KML, with the help-type labels in Polish and Ukrainian. Service areas and boundaries may come along, clipped to the region. GeoJSON and CSV put each extra layer in a file of its own beside the output.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="141" />
            <source>With service areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="143" />
            <source>CRS (GeoPackage and CSV with WKT; the other formats are always EPSG:4326)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="149" />
            <source>Aid points exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="42" />
            <source>Print map of aid points (PDF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="51" />
            <source>Prints the aid points of a region, kept by a filter, to a PDF: map, a legend of the help types shown with their icons and labels in two languages, a numbered table of the points (name, address, phone, opening hours, help types), scale bar, north arrow, date and source. With 'atlas', one page per commune of the region.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="61" />
            <source>Atlas: one page per commune</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="64" />
            <source>…or a template file (.qpt with the same item ids)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="69" />
            <source>Title (empty: the default)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="70" />
            <source>PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="71" />
            <source>Pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="72" />
            <source>Aid points printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/provider.py" line="33" />
            <source>Processing algorithm {0} is not available: {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/provider.py" line="45" />
            <source>Mapuj Pomoc: help points for refugees from Ukraine</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
