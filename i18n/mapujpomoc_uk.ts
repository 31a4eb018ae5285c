<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="uk_UA" sourcelanguage="en">
    <context>
        <name>MapujPomoc</name>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="26" />
            <source>error: set the environment variable MAPUJPOMOC_TOKEN to your store token</source>
            <translation>помилка: задайте змінну середовища MAPUJPOMOC_TOKEN зі своїм токеном сховища</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="43" />
            <source>refused {0} {1}: {2}</source>
            <translation>відхилено {0} {1}: {2}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="45" />
            <source>{0} feature(s) have conflicts: see '{1}'</source>
            <translation>об'єкти з конфліктами: {0}; див. «{1}»</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="63" />
            <source>store: {0}; last sync: {1}</source>
            <translation>сховище: {0}; остання синхронізація: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="63" />
            <source>never</source>
            <translation>ніколи</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="67" />
            <source>{0} pending change(s), {1} conflicting field(s), {2} refused</source>
            <translation>зміни в очікуванні: {0}, поля в конфлікті: {1}, відхилені: {2}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="99" />
            <source>resolved {0} of {1} with mine; {2} conflicting field(s) left; sync to send the result</source>
            <translation>розв'язано {0} об'єкта {1}, залишивши моє значення; поля в конфлікті, що лишилися: {2}; синхронізуйте, щоб надіслати результат</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="99" />
            <source>resolved {0} of {1} with theirs; {2} conflicting field(s) left; sync to send the result</source>
            <translation>розв'язано {0} об'єкта {1}, прийнявши значення зі сховища; поля в конфлікті, що лишилися: {2}; синхронізуйте, щоб надіслати результат</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="112" />
            <source>discarded the local {0} of {1}; it is back as last synced</source>
            <translation>відкинуто локальну зміну ({0}) об'єкта {1}; він такий, як після останньої синхронізації</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="199" />
            <source>{0} point(s) of {1} on {2} page(s)</source>
            <translation>пункти: {0}, {1}, сторінки: {2}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="201" />
            <source>sheet of {0} ({1}) lists {2} of its {3} points; print --region {1} without --atlas for all</source>
            <translation>аркуш {0} ({1}) містить {2} з {3} пунктів; щоб надрукувати всі, використайте print --region {1} без --atlas</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="208" />
            <source>wrote {0} (staff version)</source>
            <translation>записано {0} (версія для працівників)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="208" />
            <source>wrote {0} (public version)</source>
            <translation>записано {0} (публічна версія)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="257" />
            <source>{0} point(s); reading the roads and computing travel times…</source>
            <translation>пункти: {0}; читання доріг і обчислення часу доїзду…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="259" />
            <source>road graph: {0} nodes, {1} edges; writing…</source>
            <translation>мережа доріг: вузли: {0}, ребра: {1}; запис…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="262" />
            <source>cancelled; nothing written</source>
            <translation>скасовано; нічого не записано</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="459" />
            <source>error: {0}</source>
            <translation>помилка: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="268" />
            <source>{0} point(s) farther than {1} m from every road were left out</source>
            <translation>пропущено пункти, далі ніж {1} м від будь-якої дороги: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="274" />
            <source>not covered within {0} min</source>
            <translation>без доступу протягом {0} хв</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="275" />
            <source>wrote {0}</source>
            <translation>записано {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/basemaps.py" line="45" />
            <source>No basemap</source>
            <translation>Без основи карти</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/basemaps.py" line="45" />
            <source>OpenStreetMap</source>
            <translation>OpenStreetMap</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/basemaps.py" line="45" />
            <source>Topographic map (geoportal.gov.pl)</source>
            <translation>Топографічна карта (geoportal.gov.pl)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/basemaps.py" line="46" />
            <source>Orthophoto (geoportal.gov.pl)</source>
            <translation>Ортофотоплан (geoportal.gov.pl)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/basemaps.py" line="46" />
            <source>A layer of the project</source>
            <translation>Шар проєкту</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/basemaps.py" line="71" />
            <source>The basemap {0} cannot be opened ({1}); check its address in the settings.</source>
            <translation>Не вдається відкрити основу карти {0} ({1}); перевірте її адресу в налаштуваннях.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/basemaps.py" line="117" />
            <source>Unknown basemap {0}; use one of: {1}, or the address of XYZ tiles.</source>
            <translation>Невідома основа карти {0}; використайте одну з: {1} або адресу тайлів XYZ.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/basemaps.py" line="130" />
            <source>'{0}' is not an address of XYZ tiles: it needs {{z}}, {{x}} and {{y}}, e.g. https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png</source>
            <translation>«{0}» не є адресою тайлів XYZ: потрібні {{z}}, {{x}} і {{y}}, напр. https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="69" />
            <source>Basemap</source>
            <translation>Основа карти</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/basemaps.py" line="138" />
            <source>Choose a valid layer for the basemap.</source>
            <translation>Виберіть правильний шар як основу карти.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="51" />
            <source>Warning: {0} is a plain http:// address, so your token travels unencrypted and anyone on the way can read it and act as you. Ask the store's operator for its https:// address.</source>
            <translation>Увага: {0} — це звичайна адреса http://, тож ваш токен передається без шифрування, і будь-хто на шляху може його прочитати й діяти від вашого імені. Попросіть оператора сховища про його адресу https://.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="109" />
            <source>The secure connection to {0} failed (TLS certificate problem: {1}). Check the address, or install the store's certificate authority in QGIS.</source>
            <translation>Не вдалося встановити захищене з'єднання з {0} (проблема із сертифікатом TLS: {1}). Перевірте адресу або встановіть у QGIS центр сертифікації сховища.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="113" />
            <source>The proxy server did not pass the connection to {0} on (it wants a user name and password). Check the proxy in QGIS (Settings &gt; Options &gt; Network).</source>
            <translation>Проксі-сервер не передав з'єднання до {0} (потрібні ім'я користувача та пароль). Перевірте проксі в QGIS (Параметри &gt; Налаштування &gt; Мережа).</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="113" />
            <source>The proxy server did not pass the connection to {0} on (it cannot be reached or refused). Check the proxy in QGIS (Settings &gt; Options &gt; Network).</source>
            <translation>Проксі-сервер не передав з'єднання до {0} (він недоступний або відмовив). Перевірте проксі в QGIS (Параметри &gt; Налаштування &gt; Мережа).</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="119" />
            <source>The store at {0} did not answer within {1} s. Try again later or check your network or proxy settings.</source>
            <translation>Сховище за адресою {0} не відповіло протягом {1} с. Спробуйте пізніше або перевірте мережу чи налаштування проксі.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="125" />
            <source>The host in {0} is not known. Check the store address for typing errors.</source>
            <translation>Ім'я сервера в адресі {0} невідоме. Перевірте, чи немає помилки в адресі сховища.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="127" />
            <source>{0} refused the connection: nothing is listening there. Check the address and port, or ask whether the store is running.</source>
            <translation>{0} відмовив у з'єднанні: там ніщо не слухає. Перевірте адресу й порт або запитайте, чи запущене сховище.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="130" />
            <source>Cannot reach the store at {0} ({1}). Check your network connection and proxy settings.</source>
            <translation>Не вдається з'єднатися зі сховищем за адресою {0} ({1}). Перевірте мережеве з'єднання та налаштування проксі.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="136" />
            <source>The request to {0} failed: {1}.</source>
            <translation>Запит до {0} не вдався: {1}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="150" />
            <source>no valid token</source>
            <translation>немає дійсного токена</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="151" />
            <source>The store did not accept the credentials: {0}. Check the token in the connection settings.</source>
            <translation>Сховище не прийняло облікові дані: {0}. Перевірте токен у налаштуваннях з'єднання.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="154" />
            <source>The store refused this operation for your account.</source>
            <translation>Сховище відмовило у цій операції для вашого облікового запису.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="161" />
            <source>The store at {0} is not available just now ({1}): it may be stopped or restarting. Try again in a few minutes; if it persists, tell the store's operator.</source>
            <translation>Сховище за адресою {0} зараз недоступне ({1}): можливо, його зупинено або перезапускається. Спробуйте ще раз за кілька хвилин; якщо це повторюється, повідомте оператора сховища.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="165" />
            <source>The store had an internal error ({0}). Try again later; if it persists, tell the store's operator.</source>
            <translation>У сховищі сталася внутрішня помилка ({0}). Спробуйте пізніше; якщо вона повторюється, повідомте оператора сховища.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="167" />
            <source>The store answered {0} {1}.</source>
            <translation>Сховище відповіло: {0} {1}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="174" />
            <source>{0} answered, but not with JSON: it does not look like a Mapuj Pomoc store.</source>
            <translation>{0} відповідає, але не у форматі JSON: це не схоже на сховище Mapuj Pomoc.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="188" />
            <source>{0} is not an OGC API - Features service.</source>
            <translation>{0} не є сервісом OGC API - Features.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="240" />
            <source>'{0}' is not a complete store address: it must start with https:// (or http://), for example https://pomoc.example.pl. Copy the address from the store's operator.</source>
            <translation>«{0}» не є повною адресою сховища: вона має починатися з https:// (або http://), наприклад https://pomoc.example.pl. Скопіюйте адресу в оператора сховища.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="245" />
            <source>{0} is not a Mapuj Pomoc store (404). Check the store address.</source>
            <translation>{0} не є сховищем Mapuj Pomoc (404). Перевірте адресу сховища.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/credentials.py" line="23" />
            <source>No authentication configuration is chosen. Pick or create one in the connection settings.</source>
            <translation>Не вибрано конфігурацію автентифікації. Виберіть або створіть її в налаштуваннях з'єднання.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/credentials.py" line="28" />
            <source>The authentication configuration {0} cannot be read. Unlock the QGIS authentication database or choose another configuration.</source>
            <translation>Не вдається прочитати конфігурацію автентифікації {0}. Розблокуйте базу автентифікації QGIS або виберіть іншу конфігурацію.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/credentials.py" line="31" />
            <source>The authentication configuration uses the method {0}; Mapuj Pomoc needs 'Basic' with your store user name and the token as password.</source>
            <translation>Конфігурація автентифікації використовує метод {0}; Mapuj Pomoc потребує методу «Basic» з вашим ім'ям користувача на сервері та токеном як паролем.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/credentials.py" line="35" />
            <source>The authentication configuration has no password; paste your store token there.</source>
            <translation>У конфігурації автентифікації немає пароля; вставте туди свій токен із сервера.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/credentials.py" line="46" />
            <source>QGIS will now ask for its master password: it unlocks the QGIS authentication database, where your store token is kept. It is the password you chose for QGIS, not the store token.</source>
            <translation>QGIS зараз запитає головний пароль: він відкриває базу автентифікації QGIS, де зберігається ваш токен сховища. Це пароль, який ви обрали для QGIS, а не токен сховища.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/credentials.py" line="65" />
            <source>The QGIS authentication database refused to store the configuration. Set or unlock its master password first.</source>
            <translation>База автентифікації QGIS відмовилася зберегти конфігурацію. Спочатку встановіть або розблокуйте її головний пароль.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/gpkg_styles.py" line="58" />
            <source>The exported layer {0} cannot be opened.</source>
            <translation>Не вдається відкрити експортований шар {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/gpkg_styles.py" line="102" />
            <source>Cannot open {0} to embed the styles.</source>
            <translation>Не вдається відкрити {0}, щоб вбудувати стилі.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/gpkg_styles.py" line="117" />
            <source>Mapuj Pomoc style, {0}</source>
            <translation>Стиль Mapuj Pomoc, {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="88" />
            <source>Export cancelled.</source>
            <translation>Експорт скасовано.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/layer_writer.py" line="86" />
            <source>GDAL has no {0} driver here; choose another format.</source>
            <translation>GDAL тут не має драйвера {0}; виберіть інший формат.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/layer_writer.py" line="93" />
            <source>Unknown coordinate reference system {0}.</source>
            <translation>Невідома система координат {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/layer_writer.py" line="164" />
            <source>GDAL could not create the layer {0}.</source>
            <translation>GDAL не зміг створити шар {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/layer_writer.py" line="177" />
            <source>GDAL could not write a feature of {0}.</source>
            <translation>GDAL не зміг записати об'єкт шару {0}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/export/list_pdf.py" line="49" />
            <source>%n point(s), as of {0}</source>
            <translation>
                <numerusform>%n пункт, станом на {0}</numerusform>
                <numerusform>%n пункти, станом на {0}</numerusform>
                <numerusform>%n пунктів, станом на {0}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/regional_export.py" line="65" />
            <source>{0} and {1}</source>
            <translation>{0} і {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/regional_export.py" line="66" />
            <source>Exported {0} of {1} to {2}</source>
            <translation>Експортовано {0} – {1} – до {2}</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/export/regional_export.py" line="73" />
            <source>%n aid point(s)</source>
            <translation>
                <numerusform>%n пункт допомоги</numerusform>
                <numerusform>%n пункти допомоги</numerusform>
                <numerusform>%n пунктів допомоги</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/export/regional_export.py" line="75" />
            <source>%n service area(s)</source>
            <translation>
                <numerusform>%n зону обслуговування</numerusform>
                <numerusform>%n зони обслуговування</numerusform>
                <numerusform>%n зон обслуговування</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/export/regional_export.py" line="77" />
            <source>%n voivodeship boundary(ies)</source>
            <translation>
                <numerusform>%n межу воєводства</numerusform>
                <numerusform>%n межі воєводств</numerusform>
                <numerusform>%n меж воєводств</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/export/regional_export.py" line="79" />
            <source>%n county boundary(ies)</source>
            <translation>
                <numerusform>%n межу повіту</numerusform>
                <numerusform>%n межі повітів</numerusform>
                <numerusform>%n меж повітів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/export/regional_export.py" line="81" />
            <source>%n commune boundary(ies)</source>
            <translation>
                <numerusform>%n межу гміни</numerusform>
                <numerusform>%n межі гмін</numerusform>
                <numerusform>%n меж гмін</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/regional_export.py" line="101" />
            <source>Unknown export format {0}; use one of: {1}.</source>
            <translation>Невідомий формат експорту {0}; використайте один із: {1}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/regional_export.py" line="103" />
            <source>CSV geometry must be wkt or xy, not {0}.</source>
            <translation>Геометрія CSV має бути wkt або xy, а не {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/print_data.py" line="152" />
            <source>Cannot write {0}. Check the folder exists and is writable.</source>
            <translation>Не вдається записати {0}. Перевірте, чи існує папка і чи є право на запис.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/regional_export.py" line="188" />
            <source>{0}: {1}, exported from Mapuj Pomoc on {2}</source>
            <translation>{0}: {1}, експортовано з Mapuj Pomoc {2}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/regional_export.py" line="241" />
            <source>Mapuj Pomoc: export {0}</source>
            <translation>Mapuj Pomoc: експорт {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/regional_export.py" line="248" />
            <source>Unexpected error during the export: {0}</source>
            <translation>Неочікувана помилка під час експорту: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/filtering/privacy.py" line="47" />
            <source>The version must be public or staff, not {0}.</source>
            <translation>Версія має бути публічною (public) або для працівників (staff), а не {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/filtering/privacy.py" line="53" />
            <source>public version</source>
            <translation>публічна версія</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/filtering/privacy.py" line="53" />
            <source>staff version</source>
            <translation>версія для працівників</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/filtering/review.py" line="33" />
            <source>Mark verified</source>
            <translation>Позначити як перевірене</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="97" />
            <source>There is no working copy at {0}.</source>
            <translation>У {0} немає робочої копії.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/filtering/selection.py" line="105" />
            <source>The filter cannot be used on the working copy: {0}</source>
            <translation>Фільтр не можна застосувати до робочої копії: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/api.py" line="54" />
            <source>{0} created, {1} updated, {2} merged, {3} skipped, {4} refused</source>
            <translation>створено: {0}, оновлено: {1}, об'єднано: {2}, пропущено: {3}, відхилено: {4}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/api.py" line="78" />
            <source>Duplicates may be skipped, merged or created, not '{0}'.</source>
            <translation>Дублікати можна пропустити, об'єднати або створити, а не «{0}».</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/api.py" line="80" />
            <source>Reading {0}</source>
            <translation>Читання {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/apply.py" line="43" />
            <source>Cannot open the aid points of {0}.</source>
            <translation>Не вдається відкрити пункти допомоги з {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/apply.py" line="96" />
            <source>The matched point is no longer in the working copy.</source>
            <translation>Зіставленого пункту вже немає в робочій копії.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/apply.py" line="106" />
            <source>Writing to the working copy</source>
            <translation>Запис у робочу копію</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/apply.py" line="107" />
            <source>Import {0}</source>
            <translation>Імпорт {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/apply.py" line="135" />
            <source>The aid points layer cannot be edited.</source>
            <translation>Шар пунктів допомоги не можна редагувати.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/apply.py" line="139" />
            <source>The imported points could not be added to the layer.</source>
            <translation>Не вдалося додати імпортовані пункти до шару.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/apply.py" line="142" />
            <source>The point {0} could not be changed.</source>
            <translation>Не вдалося змінити пункт {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/apply.py" line="144" />
            <source>The point {0} could not be moved.</source>
            <translation>Не вдалося перемістити пункт {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/apply.py" line="154" />
            <source>The import could not be saved: {0}</source>
            <translation>Не вдалося зберегти імпорт: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/columns.py" line="88" />
            <source>This is not a saved column mapping.</source>
            <translation>Це не збережена відповідність стовпців.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/columns.py" line="92" />
            <source>The mapping names unknown fields: {0}</source>
            <translation>Відповідність містить невідомі поля: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/columns.py" line="105" />
            <source>Cannot read the mapping {0}: {1}</source>
            <translation>Не вдається прочитати відповідність {0}: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/csv_text.py" line="28" />
            <source>The file cannot be read as {0}: {1}</source>
            <translation>Файл не можна прочитати як {0}: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/csv_text.py" line="48" />
            <source>The file's encoding is not recognised; save it as UTF-8 and try again.</source>
            <translation>Кодування файлу не розпізнано; збережіть його як UTF-8 і спробуйте ще раз.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/csv_text.py" line="77" />
            <source>Cannot read {0}: {1}</source>
            <translation>Не вдається прочитати {0}: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/readers.py" line="97" />
            <source>{0} has no rows.</source>
            <translation>{0} не містить рядків.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/location.py" line="64" />
            <source>'{0}' is not a coordinate reference system (e.g. EPSG:2180).</source>
            <translation>«{0}» не є системою координат (напр. EPSG:2180).</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/location.py" line="101" />
            <source>Longitude/latitude {0}, {1} are not degrees.</source>
            <translation>Довгота/широта {0}, {1} не в градусах.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/location.py" line="111" />
            <source>X/Y {0}, {1} are not coordinates in {2}.</source>
            <translation>X/Y {0}, {1} не є координатами в {2}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/location.py" line="139" />
            <source>There is no commune with the TERYT code {0} in the working copy.</source>
            <translation>У робочій копії немає гміни з кодом TERYT {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/location.py" line="142" />
            <source>No location: give longitude/latitude, X/Y, a TERYT code or a commune.</source>
            <translation>Немає розташування: вкажіть довготу/широту, X/Y, код TERYT або гміну.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/location.py" line="148" />
            <source>There is no commune named {0} in the working copy.</source>
            <translation>У робочій копії немає гміни з назвою {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/location.py" line="153" />
            <source>There are several communes named {0} ({1}): give the county or the voivodeship, or the TERYT code.</source>
            <translation>Є кілька гмін з назвою {0} ({1}): вкажіть повіт або воєводство чи код TERYT.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/plan.py" line="97" />
            <source>{0} rows: {1} new, {2} updates, {3} unchanged, {4} probable duplicates, {5} invalid, {6} outside your area</source>
            <translation>Рядків: {0}; нові: {1}, оновлення: {2}, без змін: {3}, імовірні дублікати: {4}, помилкові: {5}, поза вашою територією: {6}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/plan.py" line="141" />
            <source>Reading the map</source>
            <translation>Читання мапи</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/plan.py" line="166" />
            <source>Matching rows</source>
            <translation>Зіставлення рядків</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/plan.py" line="185" />
            <source>{0}: '{1}' is not a known value; assign it a code.</source>
            <translation>{0}: «{1}» — невідоме значення; призначте йому код.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/plan.py" line="210" />
            <source>repeated in the file (row {0})</source>
            <translation>повторюється у файлі (рядок {0})</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/plan.py" line="239" />
            <source>Outside your area: the store would refuse this point.</source>
            <translation>Поза вашою територією: сховище відхилило б цей пункт.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/readers.py" line="30" />
            <source>There is no file {0}.</source>
            <translation>Файлу {0} немає.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/readers.py" line="39" />
            <source>{0} cannot be read as a table or a layer.</source>
            <translation>{0} не вдається прочитати як таблицю чи шар.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/readers.py" line="116" />
            <source>{0} cannot be read as a spreadsheet.</source>
            <translation>{0} не вдається прочитати як електронну таблицю.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/readers.py" line="119" />
            <source>{0} has no sheet {1}.</source>
            <translation>{0} не має аркуша {1}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/layout_builder.py" line="66" />
            <source>The template {0} is not valid XML (line {1}: {2}).</source>
            <translation>Шаблон {0} не є коректним XML (рядок {1}: {2}).</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/layout_builder.py" line="70" />
            <source>QGIS could not load the template {0}.</source>
            <translation>QGIS не зміг завантажити шаблон {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/layout_builder.py" line="88" />
            <source>Mapuj Pomoc: {0}</source>
            <translation>Mapuj Pomoc: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/pdf_export.py" line="67" />
            <source>The region has no communes to make atlas pages of.</source>
            <translation>У регіоні немає гмін, з яких можна зробити сторінки атласу.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="99" />
            <source>Printing cancelled.</source>
            <translation>Друк скасовано.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/pdf_export.py" line="103" />
            <source>QGIS could not write the PDF {0}: {1}</source>
            <translation>QGIS не зміг записати PDF {0}: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/print_data.py" line="118" />
            <source>An atlas makes one page per commune: choose a voivodeship, county or commune by its TERYT code.</source>
            <translation>Атлас створює одну сторінку на гміну: виберіть воєводство, повіт або гміну за кодом TERYT.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="298" />
            <source>Cannot open the layer {0} of {1}.</source>
            <translation>Не вдається відкрити шар {0} з {1}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/print_layers.py" line="151" />
            <source>Outside the region</source>
            <translation>Поза регіоном</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/printing/print_map.py" line="51" />
            <source>Printed %n point(s) of {0} to {1}.</source>
            <translation>
                <numerusform>Надруковано %n пункт – {0} – до {1}.</numerusform>
                <numerusform>Надруковано %n пункти – {0} – до {1}.</numerusform>
                <numerusform>Надруковано %n пунктів – {0} – до {1}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/printing/print_map.py" line="51" />
            <source>The PDF has %n page(s).</source>
            <translation>
                <numerusform>PDF має %n сторінку.</numerusform>
                <numerusform>PDF має %n сторінки.</numerusform>
                <numerusform>PDF має %n сторінок.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/printing/print_map.py" line="57" />
            <source>Only the points that fit are listed on %n sheet(s): {0}.</source>
            <translation>
                <numerusform>Лише пункти, що вмістилися, наведено на %n аркуші: {0}.</numerusform>
                <numerusform>Лише пункти, що вмістилися, наведено на %n аркушах: {0}.</numerusform>
                <numerusform>Лише пункти, що вмістилися, наведено на %n аркушах: {0}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/print_map.py" line="108" />
            <source>Mapuj Pomoc print: {0}</source>
            <translation>Друк Mapuj Pomoc: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/print_map.py" line="131" />
            <source>Mapuj Pomoc: print {0}</source>
            <translation>Mapuj Pomoc: друк {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/print_map.py" line="138" />
            <source>Unexpected error while printing: {0}</source>
            <translation>Неочікувана помилка під час друку: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/print_spec.py" line="48" />
            <source>The language pair must be one of: {0}.</source>
            <translation>Пара мов має бути однією з: {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/print_spec.py" line="61" />
            <source>Unknown template {0}; use one of: {1}, or the path of a .qpt file.</source>
            <translation>Невідомий шаблон {0}; використайте один із: {1} або шлях до файлу .qpt.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/print_table.py" line="144" />
            <source>The list of points would take more than {0} pages; choose a smaller region or a narrower filter.</source>
            <translation>Список пунктів зайняв би понад {0} сторінок; виберіть меншу територію або вужчий фільтр.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/print_table.py" line="158" />
            <source>A row of the list of points is taller than a page; use a larger page or a template with a taller table.</source>
            <translation>Рядок списку пунктів вищий за сторінку; використайте більшу сторінку або шаблон із вищою таблицею.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="248" />
            <source>Cancelled.</source>
            <translation>Скасовано.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="158" />
            <source>Other</source>
            <translation>Інше</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="143" />
            <source>Aid points</source>
            <translation>Пункти допомоги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="205" />
            <source>Service areas</source>
            <translation>Зони обслуговування</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="146" />
            <source>My area</source>
            <translation>Моя територія</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="56" />
            <source>Communes</source>
            <translation>Гміни</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="56" />
            <source>Counties</source>
            <translation>Повіти</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="56" />
            <source>Voivodeships</source>
            <translation>Воєводства</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="57" />
            <source>Catalog</source>
            <translation>Каталог</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="62" />
            <source>Identifier</source>
            <translation>Ідентифікатор</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="70" />
            <source>Name</source>
            <translation>Назва</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="62" />
            <source>Organisation</source>
            <translation>Організація</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="63" />
            <source>Organisation type</source>
            <translation>Тип організації</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="119" />
            <source>Help types</source>
            <translation>Види допомоги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="129" />
            <source>Forms of help</source>
            <translation>Форми допомоги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="65" />
            <source>Languages</source>
            <translation>Мови</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="64" />
            <source>Description</source>
            <translation>Опис</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="64" />
            <source>Street</source>
            <translation>Вулиця</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="65" />
            <source>House number</source>
            <translation>Номер будинку</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="65" />
            <source>Postcode</source>
            <translation>Поштовий індекс</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="65" />
            <source>City</source>
            <translation>Населений пункт</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="65" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="66" />
            <source>E-mail</source>
            <translation>Ел. пошта</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="66" />
            <source>Website</source>
            <translation>Вебсайт</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="66" />
            <source>Opening hours</source>
            <translation>Години роботи</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="124" />
            <source>Target groups</source>
            <translation>Цільові групи</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="130" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="67" />
            <source>Verified on</source>
            <translation>Перевірено</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="67" />
            <source>Who may see the location</source>
            <translation>Хто бачить розташування</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="55" />
            <source>Commune code (TERYT)</source>
            <translation>Код гміни (TERYT)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="201" />
            <source>Version</source>
            <translation>Версія</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="68" />
            <source>Updated at</source>
            <translation>Оновлено</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="69" />
            <source>Updated by</source>
            <translation>Автор зміни</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="69" />
            <source>Aid point</source>
            <translation>Пункт допомоги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="69" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="70" />
            <source>Parameters</source>
            <translation>Параметри</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="77" />
            <source>Postcode must look like 00-000.</source>
            <translation>Поштовий індекс має бути у форматі 00-000.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="78" />
            <source>This is not an e-mail address.</source>
            <translation>Це не адреса електронної пошти.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="79" />
            <source>A phone number has digits, spaces, dashes or brackets, optionally a leading +.</source>
            <translation>Номер телефону складається з цифр, пробілів, дефісів або дужок, можливо з + на початку.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="80" />
            <source>A web address starts with http:// or https://.</source>
            <translation>Вебадреса починається з http:// або https://.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="81" />
            <source>Opening hours in OSM syntax, e.g. Mo-Fr 08:00-16:00; Sa 10:00-14:00.</source>
            <translation>Години роботи в синтаксисі OSM, напр. Mo-Fr 08:00-16:00; Sa 10:00-14:00.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="82" />
            <source>The identifier of an aid point.</source>
            <translation>Ідентифікатор пункту допомоги.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="91" />
            <source>Required.</source>
            <translation>Обов'язкове поле.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="93" />
            <source>At most {0} characters.</source>
            <translation>Не більше {0} символів.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="95" />
            <source>Only values from the list.</source>
            <translation>Лише значення зі списку.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="97" />
            <source>Each value once.</source>
            <translation>Кожне значення лише один раз.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="260" />
            <source>This location is outside your area; the store will refuse it.</source>
            <translation>Це розташування поза вашою областю; сервер його відхилить.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="91" />
            <source>'{0}' is not a TERYT code: use 2 digits for a voivodeship, 4 for a county or 7 for a commune.</source>
            <translation>«{0}» не є кодом TERYT: використайте 2 цифри для воєводства, 4 для повіту або 7 для гміни.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="101" />
            <source>voivodeship</source>
            <translation>воєводства</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="101" />
            <source>county</source>
            <translation>повіту</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="101" />
            <source>commune</source>
            <translation>гміни</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="102" />
            <source>area</source>
            <translation>території</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="154" />
            <source>Cannot read the boundaries of {0}: {1}</source>
            <translation>Не вдається прочитати межі з {0}: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="183" />
            <source>The working copy {0} has no boundaries yet: sync it first.</source>
            <translation>Робоча копія {0} ще не має меж: спершу синхронізуйте її.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="184" />
            <source>There is no {0} with the TERYT code {1} in the working copy.</source>
            <translation>У робочій копії немає {0} з кодом TERYT {1}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="292" />
            <source>The region must be a polygon.</source>
            <translation>Регіон має бути полігоном.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="116" />
            <source>Selected area</source>
            <translation>Вибрана територія</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="249" />
            <source>Map extent</source>
            <translation>Охоплення карти</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="189" />
            <source>Choose a polygon layer for the region.</source>
            <translation>Виберіть полігональний шар як регіон.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="312" />
            <source>The layer {0} has no polygons to use as the region.</source>
            <translation>Шар {0} не має полігонів, які можна використати як регіон.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/api.py" line="100" />
            <source>The road layer has no roads this profile can use.</source>
            <translation>Шар доріг не містить доріг, якими може користуватися цей профіль.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="500" />
            <source>Travel-time computation cancelled.</source>
            <translation>Обчислення часу доїзду скасовано.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/api.py" line="112" />
            <source>Reading the roads…</source>
            <translation>Читання доріг…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/api.py" line="114" />
            <source>Travel times…</source>
            <translation>Час доїзду…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="50" />
            <source>{0} must be more than zero.</source>
            <translation>{0} має бути більше нуля.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="48" />
            <source>{0} is not a number.</source>
            <translation>{0} не є числом.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/isochrones.py" line="242" />
            <source>Give at least one value for {0}.</source>
            <translation>Укажіть принаймні одне значення: {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="53" />
            <source>the thresholds</source>
            <translation>пороги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="66" />
            <source>Write speeds as class=km/h, e.g. residential=20, not {0}.</source>
            <translation>Вкажіть швидкості як клас=км/год, напр. residential=20, а не {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="79" />
            <source>The speed of {0} is not a number: {1}</source>
            <translation>Швидкість для {0} не є числом: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="81" />
            <source>The speed of {0} cannot be negative.</source>
            <translation>Швидкість для {0} не може бути відʼємною.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="111" />
            <source>The points have no field {0}.</source>
            <translation>Точки не мають поля {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="114" />
            <source>The points have no help_types field, so they cannot be chosen by help type.</source>
            <translation>Точки не мають поля help_types, тому їх не можна вибрати за видом допомоги.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="141" />
            <source>No aid point has the chosen help types.</source>
            <translation>Жоден пункт допомоги не має вибраних видів допомоги.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="141" />
            <source>There are no points.</source>
            <translation>Немає точок.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="167" />
            <source>The region has no polygons.</source>
            <translation>Регіон не містить полігонів.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="187" />
            <source>{0} does not exist.</source>
            <translation>{0} не існує.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="190" />
            <source>{0} cannot be opened as a vector layer.</source>
            <translation>Не вдається відкрити {0} як векторний шар.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/isochrones.py" line="135" />
            <source>The population layer has no field {0}.</source>
            <translation>Шар населення не має поля {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="317" />
            <source>the minutes</source>
            <translation>хвилини</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/profiles.py" line="115" />
            <source>Unknown profile {0}; use walk or drive.</source>
            <translation>Невідомий профіль {0}; використайте walk (пішки) або drive (автомобілем).</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/roads.py" line="95" />
            <source>The roads have no field {0}.</source>
            <translation>Дороги не мають поля {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/roads.py" line="300" />
            <source>The roads cannot be transformed to {0}: {1}</source>
            <translation>Не вдається перерахувати дороги в {0}: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/storage.py" line="105" />
            <source>The area is empty.</source>
            <translation>Область порожня.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/storage.py" line="130" />
            <source>Your account may only read the store.</source>
            <translation>Ваш обліковий запис може лише читати дані зі сховища.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/storage.py" line="136" />
            <source>The aid point lies outside your area; the store would refuse its service area.</source>
            <translation>Пункт допомоги розташований поза вашою територією; сховище відхилить його зону обслуговування.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/storage.py" line="163" />
            <source>Unknown kind of service area: {0}</source>
            <translation>Невідомий тип зони обслуговування: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/storage.py" line="167" />
            <source>{0} is not the identifier of an aid point; service areas can only be saved for the aid points of a working copy.</source>
            <translation>{0} не є ідентифікатором пункту допомоги; зони обслуговування можна зберегти лише для пунктів допомоги з робочої копії.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/storage.py" line="197" />
            <source>The service areas layer cannot be edited.</source>
            <translation>Шар зон обслуговування не можна редагувати.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/storage.py" line="198" />
            <source>Add service areas</source>
            <translation>Додати зони обслуговування</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/storage.py" line="203" />
            <source>The service areas could not be added to the layer.</source>
            <translation>Не вдалося додати зони обслуговування до шару.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/storage.py" line="213" />
            <source>The service areas could not be saved: {0}</source>
            <translation>Не вдалося зберегти зони обслуговування: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/storage.py" line="298" />
            <source>{0}: no such aid point in the working copy.</source>
            <translation>{0}: такого пункту допомоги немає в робочій копії.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/storage.py" line="340" />
            <source>Cannot write {0}: {1}</source>
            <translation>Не вдається записати {0}: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="507" />
            <source>min</source>
            <translation>хв</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/task.py" line="17" />
            <source>Mapuj Pomoc: travel-time areas</source>
            <translation>Mapuj Pomoc: зони часу доїзду</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/task.py" line="24" />
            <source>Travel-time computation failed: {0}</source>
            <translation>Не вдалося обчислити час доїзду: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/pull.py" line="49" />
            <source>{0}: {1} changes downloaded</source>
            <translation>{0}: завантажено змін: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/pull.py" line="103" />
            <source>The store's snapshot arrived incomplete. Try to sync again.</source>
            <translation>Знімок зі сховища надійшов неповним. Спробуйте синхронізувати ще раз.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/pull.py" line="116" />
            <source>asking the store who you are</source>
            <translation>запит до сховища про користувача</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/pull.py" line="130" />
            <source>applying changes</source>
            <translation>застосування змін</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/pull.py" line="149" />
            <source>pulled</source>
            <translation>отримано</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/pull.py" line="170" />
            <source>The store sent a snapshot in a format this plugin does not read; update the plugin.</source>
            <translation>Сховище надіслало знімок у форматі, який цей плагін не читає; оновіть плагін.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/push.py" line="111" />
            <source>sending {0} change(s)</source>
            <translation>надсилання змін: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/report.py" line="31" />
            <source>nothing</source>
            <translation>нічого</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/report.py" line="32" />
            <source>pulled {0}; pushed {1}</source>
            <translation>отримано: {0}; надіслано: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/report.py" line="34" />
            <source>; boundaries updated: {0}</source>
            <translation>; оновлено межі: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/report.py" line="36" />
            <source>; {0} refused by the store</source>
            <translation>; відхилено сховищем: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/report.py" line="38" />
            <source>; {0} conflict(s) to resolve</source>
            <translation>; конфлікти до розв'язання: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/sync/report.py" line="47" />
            <source>%n {0} created</source>
            <translation>
                <numerusform>{0}: %n новий</numerusform>
                <numerusform>{0}: %n нові</numerusform>
                <numerusform>{0}: %n нових</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/sync/report.py" line="49" />
            <source>%n {0} updated</source>
            <translation>
                <numerusform>{0}: %n змінений</numerusform>
                <numerusform>{0}: %n змінені</numerusform>
                <numerusform>{0}: %n змінених</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/sync/report.py" line="51" />
            <source>%n {0} deleted</source>
            <translation>
                <numerusform>{0}: %n видалений</numerusform>
                <numerusform>{0}: %n видалені</numerusform>
                <numerusform>{0}: %n видалених</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/sync/report.py" line="53" />
            <source>%n {0} merged</source>
            <translation>
                <numerusform>{0}: %n об'єднаний</numerusform>
                <numerusform>{0}: %n об'єднані</numerusform>
                <numerusform>{0}: %n об'єднаних</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/report.py" line="63" />
            <source>Sync cancelled; the working copy is unchanged.</source>
            <translation>Синхронізацію скасовано; робоча копія не змінилася.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/resolve.py" line="34" />
            <source>choice must be '{0}' or '{1}'</source>
            <translation>вибір має бути «{0}» або «{1}»</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/resolve.py" line="37" />
            <source>{0} {1} has no conflicts</source>
            <translation>{0} {1} не має конфліктів</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/resolve.py" line="41" />
            <source>no conflict in field(s) {0}; conflicting: {1}</source>
            <translation>немає конфлікту в полях {0}; у конфлікті: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/resolve.py" line="95" />
            <source>{0} {1} has no pending change</source>
            <translation>{0} {1} не має змін в очікуванні</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/task.py" line="25" />
            <source>Mapuj Pomoc: sync</source>
            <translation>Mapuj Pomoc: синхронізація</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/task.py" line="49" />
            <source>Unexpected error during sync: {0}</source>
            <translation>Неочікувана помилка під час синхронізації: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="170" />
            <source>The disk holding {0} is full ({1}). Nothing is lost: what failed was undone, and changes the store has not confirmed are still in the working copy. Free some space on that disk, then sync again.</source>
            <translation>Диск із файлом {0} заповнений ({1}). Нічого не втрачено: те, що не вдалося, скасовано, а зміни, не підтверджені сховищем, досі в робочій копії. Звільніть місце на цьому диску й синхронізуйте знову.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="175" />
            <source>{0} is locked by another program ({1}). Close the program that has it open for writing (another QGIS, a database browser, ogr2ogr...) or let it finish, then try again. Nothing was changed.</source>
            <translation>{0} заблоковано іншою програмою ({1}). Закрийте програму, яка відкрила його для запису (інший QGIS, переглядач баз даних, ogr2ogr...), або дочекайтеся її завершення й спробуйте знову. Нічого не змінено.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="180" />
            <source>{0} cannot be written: the file or its folder is read-only ({1}). Make it writable, or move it to a folder you may write to, then try again. Nothing was changed.</source>
            <translation>Не вдається записати {0}: файл або його тека лише для читання ({1}). Дозвольте запис або перенесіть файл до теки, де можна записувати, і спробуйте знову. Нічого не змінено.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="328" />
            <source>{0} is damaged or not a GeoPackage ({1}). Move it aside (rename it) and sync again: a fresh working copy is made with a first sync. Keep the damaged file: changes that were not synced yet are only in it.</source>
            <translation>{0} пошкоджено або це не GeoPackage ({1}). Відкладіть його (перейменуйте) й синхронізуйте знову: перша синхронізація створить нову робочу копію. Збережіть пошкоджений файл: несинхронізовані зміни є лише в ньому.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="216" />
            <source>Cannot create a GeoPackage at {0}. Check the folder exists and is writable.</source>
            <translation>Не вдається створити GeoPackage {0}. Перевірте, чи існує тека і чи можна в ній записувати.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="262" />
            <source>{0} already exists; open it instead or choose another file.</source>
            <translation>{0} уже існує; відкрийте його або виберіть інший файл.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="288" />
            <source>Cannot create a working copy at {0}: the disk is full ({1}). Free some space on that disk or choose another folder, then sync again.</source>
            <translation>Не вдається створити робочу копію {0}: диск заповнений ({1}). Звільніть місце на цьому диску або виберіть іншу теку й синхронізуйте знову.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="293" />
            <source>Cannot create a GeoPackage at {0} ({1}). Check the folder exists and is writable.</source>
            <translation>Не вдається створити GeoPackage {0} ({1}). Перевірте, чи існує тека і чи можна в ній записувати.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="304" />
            <source>{0} belongs to the store {1}, not {2}. Use one working copy per store.</source>
            <translation>{0} належить до сховища {1}, а не {2}. Використовуйте одну робочу копію для кожного сховища.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="319" />
            <source>Cannot open {0}: {1}.</source>
            <translation>Не вдається відкрити {0}: {1}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="334" />
            <source>{0} is empty, not a Mapuj Pomoc working copy (perhaps it was cut short). Move it aside (rename it) and sync again: a fresh working copy is made.</source>
            <translation>{0} порожній, це не робоча копія Mapuj Pomoc (можливо, її перервано). Відкладіть його (перейменуйте) й синхронізуйте знову: буде створено нову робочу копію.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="339" />
            <source>{0} is a GeoPackage but not a Mapuj Pomoc working copy. Choose another file for the working copy (a new one is made by the first sync).</source>
            <translation>{0} — це GeoPackage, але не робоча копія Mapuj Pomoc. Виберіть інший файл для робочої копії (новий створить перша синхронізація).</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="349" />
            <source>{0} lacks the table(s) {1}: it is damaged. Move it aside (rename it) and sync again: a fresh working copy is made with a first sync. Keep the damaged file: changes that were not synced yet are only in it.</source>
            <translation>У {0} бракує таблиць {1}: файл пошкоджено. Відкладіть його (перейменуйте) й синхронізуйте знову: перша синхронізація створить нову робочу копію. Збережіть пошкоджений файл: несинхронізовані зміни є лише в ньому.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="356" />
            <source>{0} was made by an older version of the plugin (working copy format {1}; this one reads format {2}). Sync it with that version first so no change is lost, then move it aside (rename it) and sync again: a fresh working copy is made.</source>
            <translation>{0} створила старіша версія плагіна (формат робочої копії {1}; ця версія читає формат {2}). Спершу синхронізуйте його тією версією, щоб жодна зміна не загубилася, потім відкладіть файл (перейменуйте) й синхронізуйте знову: буде створено нову робочу копію.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="361" />
            <source>{0} was made by a newer version of the plugin (working copy format {1}; this one reads format {2}). Update the plugin, or move the file aside (rename it) and sync again to make a fresh working copy.</source>
            <translation>{0} створила новіша версія плагіна (формат робочої копії {1}; ця версія читає формат {2}). Оновіть плагін або відкладіть файл (перейменуйте) й синхронізуйте знову, щоб створити нову робочу копію.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="365" />
            <source>{0} does not say which working copy format it has ({1}): it is damaged. Move it aside (rename it) and sync again: a fresh working copy is made with a first sync. Keep the damaged file: changes that were not synced yet are only in it.</source>
            <translation>{0} не вказує формат робочої копії ({1}): файл пошкоджено. Відкладіть його (перейменуйте) й синхронізуйте знову: перша синхронізація створить нову робочу копію. Збережіть пошкоджений файл: несинхронізовані зміни є лише в ньому.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/task.py" line="42" />
            <source>{0} failed: {1}</source>
            <translation>{0} — помилка: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/basemap_addresses.py" line="19" />
            <source>Basemap addresses</source>
            <translation>Адреси основ карти</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/basemap_addresses.py" line="34" />
            <source>Address</source>
            <translation>Адреса</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/basemap_addresses.py" line="35" />
            <source>Attribution</source>
            <translation>Авторство</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/basemap_addresses.py" line="37" />
            <source>Empty fields use the public services. OpenStreetMap needs an address with {z}, {x} and {y}; the geoportal's maps the address of a WMS with the layer "Raster".</source>
            <translation>Порожні поля означають публічні сервіси. OpenStreetMap потребує адреси з {z}, {x} і {y}; карти геопорталу – адреси WMS із шаром «Raster».</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="181" />
            <source>Street basemap</source>
            <translation>Основа карти</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/basemap_menu.py" line="35" />
            <source>Basemap addresses…</source>
            <translation>Адреси основ карти…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="41" />
            <source>(area)</source>
            <translation>(область)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="54" />
            <source>Resolve conflict</source>
            <translation>Розв’язати конфлікт</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="62" />
            <source>&lt;b&gt;{0}&lt;/b&gt; was changed here and on the store. Choose which value to keep for each field; nothing is sent until the next sync.</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; змінено тут і на сервері. Оберіть, яке значення залишити для кожного поля; нічого не буде надіслано до наступної синхронізації.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="142" />
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="68" />
            <source>Before</source>
            <translation>Раніше</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="68" />
            <source>Mine</source>
            <translation>Моє</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="68" />
            <source>Theirs (store)</source>
            <translation>Їхнє (сервер)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="68" />
            <source>Keep</source>
            <translation>Залишити</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="71" />
            <source>Feature deleted</source>
            <translation>Об’єкт видалено</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="158" />
            <source>Location</source>
            <translation>Розташування</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="75" />
            <source>deleted here</source>
            <translation>видалено тут</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="75" />
            <source>edited here</source>
            <translation>змінено тут</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="76" />
            <source>deleted on the store</source>
            <translation>видалено на сервері</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="76" />
            <source>edited on the store</source>
            <translation>змінено на сервері</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="85" />
            <source>mine</source>
            <translation>моє</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="85" />
            <source>theirs</source>
            <translation>їхнє</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="98" />
            <source>All mine</source>
            <translation>Усі мої</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="99" />
            <source>All theirs</source>
            <translation>Усі їхні</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="30" />
            <source>the whole country</source>
            <translation>уся країна</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="30" />
            <source>none</source>
            <translation>немає</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="32" />
            <source>Connected as {0} ({1}). Your area: {2}.</source>
            <translation>Підключено як {0} ({1}). Ваша територія: {2}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="37" />
            <source>viewer</source>
            <translation>переглядач</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="37" />
            <source>editor</source>
            <translation>редактор</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="37" />
            <source>coordinator</source>
            <translation>координатор</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="37" />
            <source>admin</source>
            <translation>адміністратор</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="38" />
            <source>operator</source>
            <translation>оператор</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="44" />
            <source>Mapuj Pomoc – connection</source>
            <translation>Mapuj Pomoc – з'єднання</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="52" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="54" />
            <source>default: {0}</source>
            <translation>за замовчуванням: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="55" />
            <source>Test connection</source>
            <translation>Перевірити з'єднання</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="61" />
            <source>Store address</source>
            <translation>Адреса сервера</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="62" />
            <source>Authentication</source>
            <translation>Автентифікація</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="63" />
            <source>Use a 'Basic' configuration: your store user name, and the token as password.</source>
            <translation>Використовуйте конфігурацію «Basic»: ваше ім'я користувача на сервері, а токен як пароль.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="66" />
            <source>Working copy</source>
            <translation>Робоча копія</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="90" />
            <source>Enter the store address first.</source>
            <translation>Спочатку введіть адресу сервера.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="107" />
            <source>The store at {0} answers; reading is public. To send changes, choose an authentication configuration with your store user name and token.</source>
            <translation>Сховище за адресою {0} відповідає; читання публічне. Щоб надсилати зміни, виберіть конфігурацію автентифікації з ім'ям користувача сховища і токеном.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/draw_area_tool.py" line="100" />
            <source>Drawing cancelled.</source>
            <translation>Креслення скасовано.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/draw_area_tool.py" line="115" />
            <source>Draw at least three vertices, then right-click to finish.</source>
            <translation>Накресліть щонайменше три вершини, потім клацніть правою кнопкою, щоб завершити.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/draw_area_tool.py" line="120" />
            <source>Draw service area</source>
            <translation>Накреслити зону обслуговування</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/draw_area_tool.py" line="126" />
            <source>The drawn area of {0} is saved; it goes to the store with the next sync.</source>
            <translation>Накреслену зону пункту {0} збережено; вона потрапить до сховища під час наступної синхронізації.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/draw_area_tool.py" line="126" />
            <source>The drawn area of {0} is in the edit buffer; save the layer's edits, then sync.</source>
            <translation>Накреслена зона пункту {0} у буфері редагування; збережіть зміни шару, потім синхронізуйте.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="92" />
            <source>Mapuj Pomoc – regional export</source>
            <translation>Mapuj Pomoc – регіональний експорт</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="101" />
            <source>Draw on the map…</source>
            <translation>Накреслити на карті…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="174" />
            <source>No polygon drawn yet.</source>
            <translation>Полігон ще не накреслено.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="105" />
            <source>Selected features only</source>
            <translation>Лише вибрані об'єкти</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="109" />
            <source>Polygon</source>
            <translation>Полігон</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="68" />
            <source>Layer</source>
            <translation>Шар</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="57" />
            <source>WKT column</source>
            <translation>Стовпець WKT</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="57" />
            <source>Longitude/latitude columns</source>
            <translation>Стовпці довгота/широта</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="124" />
            <source>With service areas (clipped to the region)</source>
            <translation>З зонами обслуговування (обрізаними до регіону)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="61" />
            <source>With boundaries</source>
            <translation>З межами</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="129" />
            <source>Add the exported layers to the project</source>
            <translation>Додати експортовані шари до проєкту</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="55" />
            <source>Format</source>
            <translation>Формат</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="57" />
            <source>CSV geometry</source>
            <translation>Геометрія в CSV</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="135" />
            <source>CRS</source>
            <translation>Система координат</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="65" />
            <source>Output file</source>
            <translation>Вихідний файл</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="141" />
            <source>Export</source>
            <translation>Експортувати</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="176" />
            <source>A polygon of {0} corners.</source>
            <translation>Полігон з {0} вершинами.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="184" />
            <source>Draw the region on the map first.</source>
            <translation>Спершу накресліть регіон на карті.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="185" />
            <source>Drawn area</source>
            <translation>Накреслена територія</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="253" />
            <source>Choose a region first.</source>
            <translation>Спершу виберіть регіон.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="208" />
            <source>The export failed.</source>
            <translation>Експорт не вдався.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="219" />
            <source>Click the corners of the region; right-click to finish, Esc to give up.</source>
            <translation>Клацайте вершини регіону; права кнопка завершує, Esc скасовує.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="238" />
            <source>Choose the file to write.</source>
            <translation>Виберіть файл для запису.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="249" />
            <source>Exporting…</source>
            <translation>Експортування…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="260" />
            <source>Export: {0}</source>
            <translation>Експорт: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="140" />
            <source>Help filter</source>
            <translation>Фільтр допомоги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="68" />
            <source>Filter</source>
            <translation>Фільтр</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="69" />
            <source>Lists</source>
            <translation>Списки</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="156" />
            <source>Review</source>
            <translation>Перевірка</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="99" />
            <source>Search name, organisation, address, description…</source>
            <translation>Пошук у назві, організації, адресі, описі…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="107" />
            <source>Clear filter</source>
            <translation>Очистити фільтр</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="112" />
            <source>Zoom to results</source>
            <translation>Наблизити до результатів</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="113" />
            <source>Select results</source>
            <translation>Виділити результати</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="133" />
            <source>Verified within the last</source>
            <translation>Перевірені протягом останніх</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="239" />
            <source> months</source>
            <translation> міс.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="71" />
            <source>Voivodeship</source>
            <translation>Воєводство</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="72" />
            <source>County</source>
            <translation>Повіт</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="73" />
            <source>Commune</source>
            <translation>Гміна</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="206" />
            <source>Region</source>
            <translation>Регіон</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="188" />
            <source>Saved lists (kept in the project)</source>
            <translation>Збережені списки (зберігаються в проєкті)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="191" />
            <source>Save current filter…</source>
            <translation>Зберегти поточний фільтр…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="192" />
            <source>Apply</source>
            <translation>Застосувати</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="193" />
            <source>Delete</source>
            <translation>Видалити</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="200" />
            <source>Export CSV…</source>
            <translation>Експортувати CSV…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="201" />
            <source>Export PDF list…</source>
            <translation>Експортувати список PDF…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="207" />
            <source>PDF list languages</source>
            <translation>Мови списку PDF</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="181" />
            <source>Polish</source>
            <translation>польська</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="181" />
            <source>Ukrainian</source>
            <translation>українська</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="181" />
            <source>English</source>
            <translation>англійська</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="235" />
            <source>Not verified for more than</source>
            <translation>Не перевірені понад</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="241" />
            <source>Find</source>
            <translation>Знайти</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="248" />
            <source>Select on map</source>
            <translation>Виділити на мапі</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="249" />
            <source>Mark selected verified</source>
            <translation>Позначити вибрані як перевірені</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="279" />
            <source>Indexing the aid points…</source>
            <translation>Індексування пунктів допомоги…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="281" />
            <source>Mapuj Pomoc: indexing aid points</source>
            <translation>Mapuj Pomoc: індексування пунктів допомоги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="288" />
            <source>Could not index the aid points: {0}</source>
            <translation>Не вдалося проіндексувати пункти допомоги: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="318" />
            <source>(all)</source>
            <translation>(усі)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="388" />
            <source>No aid point layer: sync first.</source>
            <translation>Немає шару пунктів допомоги: спершу синхронізуйте.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="394" />
            <source>The filter could not be applied to the layer.</source>
            <translation>Не вдалося застосувати фільтр до шару.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="396" />
            <source>{0} of {1} points</source>
            <translation>Пункти: {0} з {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="445" />
            <source>Save list</source>
            <translation>Зберегти список</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="445" />
            <source>Name of the list:</source>
            <translation>Назва списку:</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="469" />
            <source>CSV table (*.csv)</source>
            <translation>Таблиця CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="77" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="470" />
            <source>Export list</source>
            <translation>Експортувати список</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="477" />
            <source>Saved {0} points to {1}</source>
            <translation>Збережено пункти ({0}) у {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="488" />
            <source>never verified</source>
            <translation>ніколи не перевірено</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="504" />
            <source>Select the points you have checked in the list.</source>
            <translation>Виділіть у списку перевірені пункти.</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="507" />
            <source>%n point(s) marked verified; they are sent with the next sync.</source>
            <translation>
                <numerusform>Позначено %n пункт як перевірений; зміни буде надіслано під час наступної синхронізації.</numerusform>
                <numerusform>Позначено %n пункти як перевірені; зміни буде надіслано під час наступної синхронізації.</numerusform>
                <numerusform>Позначено %n пунктів як перевірені; зміни буде надіслано під час наступної синхронізації.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="63" />
            <source>created</source>
            <translation>створено</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="47" />
            <source>changed</source>
            <translation>змінено</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="47" />
            <source>deleted</source>
            <translation>видалено</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="63" />
            <source>restored</source>
            <translation>відновлено</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="92" />
            <source>Nothing to revert: everything is as before this change.</source>
            <translation>Нічого скасовувати: усе як до цієї зміни.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="93" />
            <source>Nothing left to revert:</source>
            <translation>Більше нічого скасовувати:</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="93" />
            <source>If you revert this change:</source>
            <translation>Якщо скасувати цю зміну:</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="94" />
            <source>The change was reverted:</source>
            <translation>Зміну скасовано:</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="95" />
            <source>Back to how they were: %n feature(s)</source>
            <translation>
                <numerusform>Повернення до попереднього стану: %n об'єкт</numerusform>
                <numerusform>Повернення до попереднього стану: %n об'єкти</numerusform>
                <numerusform>Повернення до попереднього стану: %n об'єктів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="95" />
            <source>Already as before: %n feature(s)</source>
            <translation>
                <numerusform>Уже як до зміни: %n об'єкт</numerusform>
                <numerusform>Уже як до зміни: %n об'єкти</numerusform>
                <numerusform>Уже як до зміни: %n об'єктів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="95" />
            <source>Changed by someone else since, their values stay: %n feature(s)</source>
            <translation>
                <numerusform>Змінені пізніше кимось іншим, ці значення залишаються: %n об'єкт</numerusform>
                <numerusform>Змінені пізніше кимось іншим, ці значення залишаються: %n об'єкти</numerusform>
                <numerusform>Змінені пізніше кимось іншим, ці значення залишаються: %n об'єктів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="95" />
            <source>Outside your area, left alone: %n feature(s)</source>
            <translation>
                <numerusform>Поза вашою територією, без змін: %n об'єкт</numerusform>
                <numerusform>Поза вашою територією, без змін: %n об'єкти</numerusform>
                <numerusform>Поза вашою територією, без змін: %n об'єктів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="95" />
            <source>Refused by the store: %n feature(s)</source>
            <translation>
                <numerusform>Відхилені сервером: %n об'єкт</numerusform>
                <numerusform>Відхилені сервером: %n об'єкти</numerusform>
                <numerusform>Відхилені сервером: %n об'єктів</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="113" />
            <source>Revert it now? The revert is a new change of yours, in the history like any other.</source>
            <translation>Скасувати її зараз? Скасування — це ваша нова зміна, видима в історії, як і будь-яка інша.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="115" />
            <source>Sync to see it in your layers.</source>
            <translation>Синхронізуйте, щоб побачити це у своїх шарах.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="123" />
            <source>Mapuj Pomoc: history</source>
            <translation>Mapuj Pomoc: історія</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="136" />
            <source>Could not load the history: {0}</source>
            <translation>Не вдалося завантажити історію: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="142" />
            <source>History of {0}</source>
            <translation>Історія: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="144" />
            <source>Loading…</source>
            <translation>Завантаження…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="146" />
            <source>When</source>
            <translation>Коли</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="146" />
            <source>Who</source>
            <translation>Хто</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="146" />
            <source>What</source>
            <translation>Що</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="146" />
            <source>Old</source>
            <translation>Було</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="146" />
            <source>New</source>
            <translation>Стало</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="150" />
            <source>Revert this change…</source>
            <translation>Скасувати цю зміну…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="151" />
            <source>Undo every edit of the selected entry's change as a new change of yours; fields someone else changed since keep their value</source>
            <translation>Скасовує кожне редагування зміни вибраного запису як вашу нову зміну; поля, які пізніше змінив хтось інший, зберігають його значення</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="197" />
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n зміна</numerusform>
                <numerusform>%n зміни</numerusform>
                <numerusform>%n змін</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="217" />
            <source>This edit was not sent as a changeset; it cannot be reverted here.</source>
            <translation>Це редагування не було надіслано як пакет змін; його не можна скасувати тут.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="225" />
            <source>Checking what reverting this change would do…</source>
            <translation>Перевірка, що зробить скасування цієї зміни…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="230" />
            <source>Mapuj Pomoc: revert</source>
            <translation>Mapuj Pomoc: скасування зміни</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="250" />
            <source>Reverting…</source>
            <translation>Скасування…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="265" />
            <source>Revert this change</source>
            <translation>Скасувати цю зміну</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="54" />
            <source>Longitude</source>
            <translation>Довгота</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="54" />
            <source>Latitude</source>
            <translation>Широта</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="54" />
            <source>X (in the CRS of the mapping)</source>
            <translation>X (у системі координат відповідності)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="55" />
            <source>Y (in the CRS of the mapping)</source>
            <translation>Y (у системі координат відповідності)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="56" />
            <source>Identifier of a point on the map</source>
            <translation>Ідентифікатор пункту на мапі</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="47" />
            <source>new</source>
            <translation>новий</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="61" />
            <source>update</source>
            <translation>оновлення</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="61" />
            <source>unchanged</source>
            <translation>без змін</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="62" />
            <source>probable duplicate</source>
            <translation>імовірний дублікат</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="62" />
            <source>invalid</source>
            <translation>помилковий</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="62" />
            <source>outside your area</source>
            <translation>поза вашою територією</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="66" />
            <source>Create</source>
            <translation>Створити</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="66" />
            <source>Update</source>
            <translation>Оновити</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="66" />
            <source>Merge…</source>
            <translation>Об'єднати…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="83" />
            <source>Skip</source>
            <translation>Пропустити</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="74" />
            <source>Merge row {0} into the point on the map</source>
            <translation>Об'єднати рядок {0} з пунктом на мапі</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="77" />
            <source>Take from the list</source>
            <translation>Взяти зі списку</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="77" />
            <source>On the map</source>
            <translation>На мапі</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="77" />
            <source>In the list</source>
            <translation>У списку</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="45" />
            <source>Import a list of help points</source>
            <translation>Імпорт списку пунктів допомоги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="115" />
            <source>Lists (*.csv *.txt *.xlsx *.gpkg *.geojson *.json *.shp);;All files (*)</source>
            <translation>Списки (*.csv *.txt *.xlsx *.gpkg *.geojson *.json *.shp);;Усі файли (*)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="122" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="124" />
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="125" />
            <source>…or layer</source>
            <translation>…або шар</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="126" />
            <source>Report (CSV, optional)</source>
            <translation>Звіт (CSV, необов'язково)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="127" />
            <source>Read and check</source>
            <translation>Прочитати й перевірити</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="128" />
            <source>Check again</source>
            <translation>Перевірити ще раз</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="129" />
            <source>Load mapping…</source>
            <translation>Завантажити відповідність…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="130" />
            <source>Save mapping…</source>
            <translation>Зберегти відповідність…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="48" />
            <source>Import</source>
            <translation>Імпортувати</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="132" />
            <source>Merge fields…</source>
            <translation>Об'єднати поля…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="140" />
            <source>Column of the list</source>
            <translation>Стовпець списку</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="142" />
            <source>Value in the list</source>
            <translation>Значення у списку</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="142" />
            <source>Means</source>
            <translation>Означає</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="144" />
            <source>Row</source>
            <translation>Рядок</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="144" />
            <source>Verdict</source>
            <translation>Висновок</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="144" />
            <source>Point on the map</source>
            <translation>Пункт на мапі</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="144" />
            <source>Why</source>
            <translation>Чому</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="144" />
            <source>Action</source>
            <translation>Дія</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="154" />
            <source>Columns</source>
            <translation>Стовпці</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="155" />
            <source>Values to assign</source>
            <translation>Значення для призначення</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="170" />
            <source>The list could not be read.</source>
            <translation>Не вдалося прочитати список.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="179" />
            <source>Choose a file or a layer to import.</source>
            <translation>Виберіть файл або шар для імпорту.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="188" />
            <source>Checking the list</source>
            <translation>Перевірка списку</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="190" />
            <source>Reading and checking the list…</source>
            <translation>Читання й перевірка списку…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="192" />
            <source>The aid points layer has unsaved edits: the list is compared with the map as last saved.</source>
            <translation>Шар пунктів допомоги має незбережені зміни: список порівнюється з мапою в останній збереженій версії.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="217" />
            <source>(not in the list)</source>
            <translation>(немає у списку)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="236" />
            <source>(choose)</source>
            <translation>(виберіть)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="237" />
            <source>(leave out)</source>
            <translation>(пропустити)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="250" />
            <source> (location to check)</source>
            <translation> (розташування перевірити)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="276" />
            <source>Only a row matched to a point on the map can be merged into it.</source>
            <translation>Об'єднати з пунктом на мапі можна лише зіставлений з ним рядок.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="304" />
            <source>Load mapping</source>
            <translation>Завантажити відповідність</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="318" />
            <source>Mapping (*.json)</source>
            <translation>Відповідність (*.json)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="318" />
            <source>Save mapping</source>
            <translation>Зберегти відповідність</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="321" />
            <source>Mapping saved to {0}.</source>
            <translation>Відповідність збережено в {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="337" />
            <source>The layer is being edited: save it to keep the import.</source>
            <translation>Шар редагується: збережіть його, щоб зберегти імпорт.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="48" />
            <source>Current map extent</source>
            <translation>Поточне охоплення карти</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="48" />
            <source>Drawn polygon</source>
            <translation>Накреслений полігон</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="48" />
            <source>Polygon layer</source>
            <translation>Полігональний шар</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="137" />
            <source>Points</source>
            <translation>Пункти</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="140" />
            <source>The current filter</source>
            <translation>Поточний фільтр</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="140" />
            <source>All points</source>
            <translation>Усі пункти</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="141" />
            <source>A saved list</source>
            <translation>Збережений список</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="168" />
            <source>Mapuj Pomoc – print map</source>
            <translation>Mapuj Pomoc – друк карти</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="125" />
            <source>A4 portrait</source>
            <translation>A4 книжкова</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="125" />
            <source>A3 landscape</source>
            <translation>A3 альбомна</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="183" />
            <source>One page per commune (atlas)</source>
            <translation>Одна сторінка на гміну (атлас)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="197" />
            <source>Open the PDF when it is ready</source>
            <translation>Відкрити PDF, коли буде готовий</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="60" />
            <source>Template</source>
            <translation>Шаблон</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="209" />
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="210" />
            <source>PDF file</source>
            <translation>Файл PDF</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="213" />
            <source>Print PDF</source>
            <translation>Друкувати PDF</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="215" />
            <source>Open in layout designer</source>
            <translation>Відкрити в редакторі макета</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="247" />
            <source>There is no map to take the extent from.</source>
            <translation>Немає карти, з якої можна взяти охоплення.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="266" />
            <source>Printing failed.</source>
            <translation>Друк не вдався.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="274" />
            <source>Choose the PDF file to write.</source>
            <translation>Виберіть файл PDF для запису.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="286" />
            <source>Printing…</source>
            <translation>Друк…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="303" />
            <source>The layout "{0}" is in the project's layouts.</source>
            <translation>Макет «{0}» є серед макетів проєкту.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="95" />
            <source>Draw</source>
            <translation>Креслення</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="96" />
            <source>Distance</source>
            <translation>Відстань</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="97" />
            <source>Travel time</source>
            <translation>Час доїзду</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="112" />
            <source>Selected aid points</source>
            <translation>Вибрані пункти допомоги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="113" />
            <source>Aid points of the chosen help types (none chosen: all)</source>
            <translation>Пункти вибраних видів допомоги (нічого не вибрано: усі)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="139" />
            <source>Draw the area of the selected point</source>
            <translation>Накреслити зону вибраного пункту</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="143" />
            <source>Left click adds a vertex, right click or Enter finishes, Backspace takes back the last vertex, Esc cancels. The area replaces the point's earlier drawn area and is sent to the store with the next sync.</source>
            <translation>Ліва кнопка додає вершину, права кнопка або Enter завершує, Backspace скасовує останню вершину, Esc скасовує креслення. Зона замінює раніше накреслену зону пункту й надсилається до сховища під час наступної синхронізації.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="155" />
            <source>One or more distances in metres, separated by commas</source>
            <translation>Одна або кілька відстаней у метрах, через кому</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="156" />
            <source>Distances (m)</source>
            <translation>Відстані (м)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="157" />
            <source>Save as the points' service areas (synced)</source>
            <translation>Зберегти як зони обслуговування пунктів (синхронізуються)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="159" />
            <source>Make buffers</source>
            <translation>Створити буфери</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="162" />
            <source>Circles are computed in EPSG:2180 (PUWG 1992) and saved in EPSG:4326.</source>
            <translation>Кола обчислюються в EPSG:2180 (PUWG 1992) і зберігаються в EPSG:4326.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="174" />
            <source>Roads</source>
            <translation>Дороги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="176" />
            <source>Road class field</source>
            <translation>Поле класу дороги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="229" />
            <source>Walk</source>
            <translation>Пішки</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="229" />
            <source>Drive</source>
            <translation>Автомобілем</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="229" />
            <source>Profile</source>
            <translation>Профіль</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="182" />
            <source>One or more thresholds in minutes, separated by commas</source>
            <translation>Один або кілька порогів у хвилинах, через кому</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="183" />
            <source>Minutes</source>
            <translation>Хвилини</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="188" />
            <source>Cell size</source>
            <translation>Розмір комірки</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="191" />
            <source>Road class</source>
            <translation>Клас дороги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="191" />
            <source>km/h</source>
            <translation>км/год</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="192" />
            <source>km/h (0: not used)</source>
            <translation>км/год (0: не використовується)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="265" />
            <source>Coverage gaps</source>
            <translation>Прогалини в доступності</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="207" />
            <source>Only the selected region features</source>
            <translation>Лише вибрані обʼєкти регіону</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="243" />
            <source>Population (optional)</source>
            <translation>Населення (необовʼязково)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="246" />
            <source>Population field</source>
            <translation>Поле кількості населення</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="219" />
            <source>Save each point's area (largest threshold) as its service area (synced)</source>
            <translation>Зберегти зону кожного пункту (найбільший поріг) як його зону обслуговування (синхронізується)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="222" />
            <source>Compute</source>
            <translation>Обчислити</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/task_dialog.py" line="33" />
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="346" />
            <source>Sync first: there are no aid points of a working copy in the project.</source>
            <translation>Спочатку синхронізуйте: у проєкті немає пунктів допомоги з робочої копії.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="334" />
            <source>Select aid points on the map first.</source>
            <translation>Спочатку виберіть пункти допомоги на мапі.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="372" />
            <source>Select one aid point on the map to draw its area.</source>
            <translation>Виберіть один пункт допомоги на мапі, щоб накреслити його зону.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="350" />
            <source>Aid point: {0}</source>
            <translation>Пункт допомоги: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="355" />
            <source>%n point(s) selected</source>
            <translation>
                <numerusform>Вибрано %n пункт</numerusform>
                <numerusform>Вибрано %n пункти</numerusform>
                <numerusform>Вибрано %n пунктів</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="395" />
            <source>Draw the area of {0} on the map.</source>
            <translation>Накресліть на мапі зону пункту {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="400" />
            <source>Drawn area saved; sync to send it to the store.</source>
            <translation>Накреслену зону збережено; синхронізуйте, щоб надіслати її до сховища.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="171" />
            <source>the distances</source>
            <translation>відстані</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="428" />
            <source>Buffers {0} m</source>
            <translation>Буфери {0} м</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="431" />
            <source>%n buffer(s)</source>
            <translation>
                <numerusform>%n буфер</numerusform>
                <numerusform>%n буфери</numerusform>
                <numerusform>%n буферів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="431" />
            <source>around %n point(s).</source>
            <translation>
                <numerusform>навколо %n пункту.</numerusform>
                <numerusform>навколо %n пунктів.</numerusform>
                <numerusform>навколо %n пунктів.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="442" />
            <source>A computation is already running.</source>
            <translation>Обчислення вже виконуються.</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="454" />
            <source>Computing travel-time areas for %n point(s)…</source>
            <translation>
                <numerusform>Обчислення зон часу доїзду для %n пункту…</numerusform>
                <numerusform>Обчислення зон часу доїзду для %n пунктів…</numerusform>
                <numerusform>Обчислення зон часу доїзду для %n пунктів…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="462" />
            <source>Add a road line layer to the project (e.g. OSM lines) and choose it.</source>
            <translation>Додайте до проєкту лінійний шар доріг (напр. лінії OSM) і виберіть його.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="465" />
            <source>Choose the field that holds the road class.</source>
            <translation>Виберіть поле з класом дороги.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="475" />
            <source>Choose the region layer for the coverage gaps.</source>
            <translation>Виберіть шар регіону для прогалин у доступності.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="329" />
            <source>Choose the population field.</source>
            <translation>Виберіть поле кількості населення.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="511" />
            <source>Travel time: {0}</source>
            <translation>Час доїзду: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="514" />
            <source>Nearest aid point: {0}</source>
            <translation>Найближчий пункт допомоги: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="518" />
            <source>%n travel-time band(s).</source>
            <translation>
                <numerusform>%n смуга часу доїзду.</numerusform>
                <numerusform>%n смуги часу доїзду.</numerusform>
                <numerusform>%n смуг часу доїзду.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="518" />
            <source>%n point area(s).</source>
            <translation>
                <numerusform>%n зона найближчого пункту.</numerusform>
                <numerusform>%n зони найближчого пункту.</numerusform>
                <numerusform>%n зон найближчого пункту.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="522" />
            <source>Coverage gaps: {0}</source>
            <translation>Прогалини в доступності: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="527" />
            <source>Not covered within {0} min: {1:,.0f} people.</source>
            <translation>Поза досяжністю {0} хв: {1:,.0f} осіб.</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="530" />
            <source>Left out %n point(s) farther than {0:g} m from every road.</source>
            <translation>
                <numerusform>Пропущено %n пункт, що лежить далі ніж {0:g} м від будь-якої дороги.</numerusform>
                <numerusform>Пропущено %n пункти, що лежать далі ніж {0:g} м від будь-якої дороги.</numerusform>
                <numerusform>Пропущено %n пунктів, що лежать далі ніж {0:g} м від будь-якої дороги.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="541" />
            <source>Mapuj Pomoc – service areas</source>
            <translation>Mapuj Pomoc – зони обслуговування</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="559" />
            <source>Not saved: there is no service areas layer of a working copy in the project.</source>
            <translation>Не збережено: у проєкті немає шару зон обслуговування з робочої копії.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="563" />
            <source>Not saved: {0}</source>
            <translation>Не збережено: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="565" />
            <source>%n service area(s) saved; sync to send them to the store.</source>
            <translation>
                <numerusform>Збережено %n зону обслуговування; синхронізуйте, щоб надіслати зміни до сховища.</numerusform>
                <numerusform>Збережено %n зони обслуговування; синхронізуйте, щоб надіслати зміни до сховища.</numerusform>
                <numerusform>Збережено %n зон обслуговування; синхронізуйте, щоб надіслати зміни до сховища.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="567" />
            <source>%n area(s) not saved: {0}</source>
            <translation>
                <numerusform>Не збережено %n зону: {0}</numerusform>
                <numerusform>Не збережено %n зони: {0}</numerusform>
                <numerusform>Не збережено %n зон: {0}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="52" />
            <source>Mapuj Pomoc – sync</source>
            <translation>Mapuj Pomoc – синхронізація</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="137" />
            <source>Sync</source>
            <translation>Синхронізувати</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="70" />
            <source>Change</source>
            <translation>Зміна</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="69" />
            <source>Fields</source>
            <translation>Поля</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="70" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="73" />
            <source>Pending</source>
            <translation>Очікують</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="73" />
            <source>Conflicts</source>
            <translation>Конфлікти</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="73" />
            <source>Refused</source>
            <translation>Відхилені</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="73" />
            <source>Log</source>
            <translation>Журнал</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="78" />
            <source>Discard change</source>
            <translation>Скасувати зміну</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="79" />
            <source>Restore the selected feature as it was at the last sync</source>
            <translation>Відновити вибраний об’єкт до стану після останньої синхронізації</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="80" />
            <source>Resolve…</source>
            <translation>Розв’язати…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="81" />
            <source>History of selected point</source>
            <translation>Історія вибраного пункту</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="166" />
            <source>Not synced yet.</source>
            <translation>Ще не синхронізовано.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="158" />
            <source>deleted on one side</source>
            <translation>видалено з одного боку</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="166" />
            <source>Last sync: {0}</source>
            <translation>Остання синхронізація: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="210" />
            <source>Pending ({0})</source>
            <translation>Очікують ({0})</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="211" />
            <source>Conflicts ({0})</source>
            <translation>Конфлікти ({0})</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="212" />
            <source>Refused ({0})</source>
            <translation>Відхилені ({0})</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="228" />
            <source>Sync started.</source>
            <translation>Синхронізацію розпочато.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="236" />
            <source>Refused: {0}</source>
            <translation>Відхилено: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="258" />
            <source>Select the changes to discard in the Pending or Refused list.</source>
            <translation>Виберіть зміни для скасування у списку «Очікують» або «Відхилені».</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="268" />
            <source>Discarded the local change of {0}.</source>
            <translation>Скасовано локальну зміну об’єкта {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="277" />
            <source>Select a feature in the Conflicts list.</source>
            <translation>Виберіть об’єкт у списку «Конфлікти».</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="294" />
            <source>Select one aid point on the map to see its history.</source>
            <translation>Виберіть на мапі один пункт допомоги, щоб переглянути його історію.</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/sync_runner.py" line="23" />
            <source>Sync finished: %n change(s) received,</source>
            <translation>
                <numerusform>Синхронізацію завершено: отримано %n зміну,</numerusform>
                <numerusform>Синхронізацію завершено: отримано %n зміни,</numerusform>
                <numerusform>Синхронізацію завершено: отримано %n змін,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/sync_runner.py" line="23" />
            <source>%n change(s) sent.</source>
            <translation>
                <numerusform>надіслано %n зміну.</numerusform>
                <numerusform>надіслано %n зміни.</numerusform>
                <numerusform>надіслано %n змін.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/sync_runner.py" line="27" />
            <source>%n change(s) refused by the store; see the Sync panel.</source>
            <translation>
                <numerusform>Сервер відхилив %n зміну; подробиці на панелі синхронізації.</numerusform>
                <numerusform>Сервер відхилив %n зміни; подробиці на панелі синхронізації.</numerusform>
                <numerusform>Сервер відхилив %n змін; подробиці на панелі синхронізації.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/sync_runner.py" line="29" />
            <source>%n feature(s) with conflicts to resolve.</source>
            <translation>
                <numerusform>%n об'єкт із конфліктами, які треба розв'язати.</numerusform>
                <numerusform>%n об'єкти з конфліктами, які треба розв'язати.</numerusform>
                <numerusform>%n об'єктів із конфліктами, які треба розв'язати.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_runner.py" line="58" />
            <source>A sync is already running.</source>
            <translation>Синхронізація вже триває.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_runner.py" line="62" />
            <source>Set the store address and authentication in Mapuj Pomoc &gt; Connection settings first.</source>
            <translation>Спочатку вкажіть адресу сервера та автентифікацію в Mapuj Pomoc &gt; Налаштування з'єднання.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/task_dialog.py" line="35" />
            <source>Close</source>
            <translation>Закрити</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="73" />
            <source>Public version</source>
            <translation>Публічна версія</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="73" />
            <source>Staff version</source>
            <translation>Версія для працівників</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/version_choice.py" line="18" />
            <source>Public version: staff-only points are left out and approximate ones are shown at their commune, without street, house number and postcode. Staff version: every point exactly, for people who may see them.</source>
            <translation>Публічна версія: пункти лише для працівників пропущено, а пункти з приблизним розташуванням показано в їхній громаді, без вулиці, номера будинку й поштового індексу. Версія для працівників: кожен пункт точно, для тих, хто може його бачити.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="50" />
            <source>Icon {name} not found</source>
            <translation>Значок {name} не знайдено</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="98" />
            <source>Could not load the translation {path}</source>
            <translation>Не вдалося завантажити переклад {path}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/provider.py" line="46" />
            <source>Mapuj Pomoc</source>
            <translation>Mapuj Pomoc</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="134" />
            <source>Connection settings…</source>
            <translation>Налаштування з'єднання…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="134" />
            <source>Address of the Mapuj Pomoc store and your account</source>
            <translation>Адреса сервера Mapuj Pomoc і ваш обліковий запис</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="137" />
            <source>Send your edits to the store and fetch the changes of others</source>
            <translation>Надіслати свої зміни на сервер і отримати зміни інших</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="140" />
            <source>Find help by type, language, form, status, region and text</source>
            <translation>Знайти допомогу за типом, мовою, формою, статусом, регіоном і текстом</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="143" />
            <source>Draw service areas, distance buffers, travel-time areas and coverage gaps</source>
            <translation>Креслення зон обслуговування, буфери відстані, зони часу доїзду та прогалини в доступності</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="146" />
            <source>Sync panel</source>
            <translation>Панель синхронізації</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="146" />
            <source>Pending changes, conflicts, refusals and history</source>
            <translation>Зміни, що очікують, конфлікти, відмови та історія</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="149" />
            <source>Print map…</source>
            <translation>Друк карти…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="149" />
            <source>Print a map of the aid points of a region to PDF, with a Polish and Ukrainian legend</source>
            <translation>Надрукувати в PDF карту пунктів допомоги регіону з легендою польською та українською</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="152" />
            <source>Regional export…</source>
            <translation>Регіональний експорт…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="152" />
            <source>Export the aid points of a region to GeoPackage, GeoJSON, CSV, XLSX or KML</source>
            <translation>Експортувати пункти допомоги регіону в GeoPackage, GeoJSON, CSV, XLSX або KML</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="155" />
            <source>Import a list…</source>
            <translation>Імпортувати список…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="155" />
            <source>Add help points from a spreadsheet or layer of an NGO or a commune, without duplicates</source>
            <translation>Додати пункти допомоги з таблиці чи шару організації або гміни, без дублікатів</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="159" />
            <source>About</source>
            <translation>Про модуль</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="159" />
            <source>About the Mapuj Pomoc plugin</source>
            <translation>Про модуль Mapuj Pomoc</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="181" />
            <source>Put a street map, topographic map or orthophoto under the aid points</source>
            <translation>Підкласти під пункти допомоги карту вулиць, топографічну карту або ортофотоплан</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="271" />
            <source>Sync first: the filter works on the aid points of your working copy.</source>
            <translation>Спершу синхронізуйте: фільтр працює з пунктами допомоги вашої робочої копії.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="329" />
            <source>Sync first: printing and export work on the aid points of your working copy.</source>
            <translation>Спершу синхронізуйте: друк і експорт працюють із пунктами допомоги вашої робочої копії.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="350" />
            <source>Sync first: the import adds to the aid points of your working copy.</source>
            <translation>Спершу синхронізуйте: імпорт додає до пунктів допомоги вашої робочої копії.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="387" />
            <source>Help points for refugees from Ukraine in Poland: load the shared layer, keep the entries of your area up to date and sync them with the central store.</source>
            <translation>Пункти допомоги для біженців з України в Польщі: завантажте спільний шар, підтримуйте актуальність записів свого регіону та синхронізуйте їх із центральним сервером.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="390" />
            <source>Licence: GNU GPL v2 or later.</source>
            <translation>Ліцензія: GNU GPL версії 2 або новішої.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="397" />
            <source>About Mapuj Pomoc</source>
            <translation>Про Mapuj Pomoc</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="43" />
            <source>Regional export of aid points</source>
            <translation>Регіональний експорт пунктів допомоги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="46" />
            <source>Exports the aid points of a voivodeship, county or commune (TERYT code) or of any polygons, kept by a filter, to GeoPackage (with the layer styles embedded), GeoJSON, CSV (WKT or longitude/latitude), XLSX or KML, with the help-type labels in Polish and Ukrainian. Service areas and boundaries may come along, clipped to the region. GeoJSON and CSV put each extra layer in a file of its own beside the output.</source>
            <translation>Експортує пункти допомоги воєводства, повіту або гміни (код TERYT) чи будь-яких полігонів, відібрані фільтром, у GeoPackage (з вбудованими стилями шарів), GeoJSON, CSV (WKT або довгота/широта), XLSX чи KML, з назвами видів допомоги польською та українською. Можна додати зони обслуговування й межі, обрізані до регіону. GeoJSON і CSV записують кожен додатковий шар в окремий файл поруч із результатом.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="60" />
            <source>With service areas</source>
            <translation>З зонами обслуговування</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="62" />
            <source>CRS (GeoPackage and CSV with WKT; the other formats are always EPSG:4326)</source>
            <translation>Система координат (GeoPackage і CSV з WKT; інші формати завжди EPSG:4326)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="68" />
            <source>Aid points exported</source>
            <translation>Експортовані пункти допомоги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="57" />
            <source>Imports a spreadsheet or layer of help points (CSV in any encoding and delimiter, XLSX, GeoPackage, GeoJSON or a point layer of the project) into the working copy as edits, to be sent with the next sync. Columns are recognised by their names in Polish, Ukrainian or English, or taken from a saved mapping; help types and the other lists from their labels. Rows are placed by longitude/latitude, X/Y in the given CRS or the centre of their commune (to be checked). Each row is new, an update of a point on the map or a probable duplicate; rows that break the rules or lie outside your area are refused. The report lists what was done with each row and why.</source>
            <translation>Імпортує таблицю або шар пунктів допомоги (CSV у будь-якому кодуванні та з будь-яким роздільником, XLSX, GeoPackage, GeoJSON або точковий шар проєкту) до робочої копії як редагування, що надсилаються під час наступної синхронізації. Стовпці розпізнаються за назвами польською, українською чи англійською або беруться зі збереженої відповідності; види допомоги та інші списки — за їхніми назвами. Рядки розміщуються за довготою/широтою, X/Y у вказаній системі координат або в центрі їхньої гміни (перевірити). Кожен рядок є новим, оновленням пункту на мапі або імовірним дублікатом; рядки, що порушують правила або лежать поза вашою територією, відхиляються. Звіт показує, що зроблено з кожним рядком і чому.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="59" />
            <source>Working copy (GeoPackage)</source>
            <translation>Робоча копія (GeoPackage)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="68" />
            <source>List to import (CSV, XLSX, GeoPackage, GeoJSON)</source>
            <translation>Список для імпорту (CSV, XLSX, GeoPackage, GeoJSON)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="70" />
            <source>…or a layer of the project (used when no file is given)</source>
            <translation>…або шар проєкту (якщо файл не вказано)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="73" />
            <source>Sheet or layer in the file (empty: the first)</source>
            <translation>Аркуш або шар у файлі (порожньо: перший)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="75" />
            <source>Saved column mapping (JSON)</source>
            <translation>Збережена відповідність стовпців (JSON)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="77" />
            <source>CRS of X/Y columns</source>
            <translation>Система координат стовпців X/Y</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="79" />
            <source>Distance within which a similar name is a probable duplicate (metres)</source>
            <translation>Відстань, у межах якої схожа назва означає імовірний дублікат (метри)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="83" />
            <source>Probable duplicates</source>
            <translation>Імовірні дублікати</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="83" />
            <source>Merge: fill the empty fields of the point on the map</source>
            <translation>Об'єднати: заповнити порожні поля пункту на мапі</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="83" />
            <source>Create anyway</source>
            <translation>Створити все одно</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="87" />
            <source>Update points already on the map</source>
            <translation>Оновлювати пункти, що вже є на мапі</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="88" />
            <source>Only plan and report, write nothing</source>
            <translation>Лише спланувати й скласти звіт, нічого не записувати</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="90" />
            <source>Import report</source>
            <translation>Звіт про імпорт</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="102" />
            <source>Give a file or a layer to import.</source>
            <translation>Вкажіть файл або шар для імпорту.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="117" />
            <source>Import cancelled.</source>
            <translation>Імпорт скасовано.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="122" />
            <source>Rows: {0} new, {1} updates, {2} unchanged, {3} probable duplicates, {4} invalid, {5} outside your area</source>
            <translation>Рядки: нові: {0}, оновлення: {1}, без змін: {2}, імовірні дублікати: {3}, помилкові: {4}, поза вашою територією: {5}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="126" />
            <source>Row {0} ({1}) refused: {2}</source>
            <translation>Рядок {0} ({1}) відхилено: {2}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="48" />
            <source>Print map of aid points (PDF)</source>
            <translation>Друк карти пунктів допомоги (PDF)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="51" />
            <source>Prints the aid points of a region, kept by a filter, to a PDF: map, a legend of the help types shown with their icons and labels in two languages, a numbered table of the points (name, address, phone, opening hours, help types), scale bar, north arrow, date and source. With 'atlas', one page per commune of the region.</source>
            <translation>Друкує в PDF пункти допомоги регіону, відібрані фільтром: карта, легенда показаних видів допомоги з піктограмами й назвами двома мовами, нумерована таблиця пунктів (назва, адреса, телефон, години роботи, види допомоги), масштабна лінійка, стрілка півночі, дата і джерело. З опцією «атлас» – одна сторінка на кожну гміну регіону.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="59" />
            <source>Atlas: one page per commune</source>
            <translation>Атлас: одна сторінка на гміну</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="62" />
            <source>…or a template file (.qpt with the same item ids)</source>
            <translation>…або файл шаблону (.qpt з тими самими ідентифікаторами елементів)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="67" />
            <source>Title (empty: the default)</source>
            <translation>Заголовок (порожньо: типовий)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="71" />
            <source>…or the address of XYZ tiles ({z}/{x}/{y})</source>
            <translation>…або адреса тайлів XYZ ({z}/{x}/{y})</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="73" />
            <source>…or a layer of the project as the basemap</source>
            <translation>…або шар проєкту як основа карти</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="75" />
            <source>Basemap attribution (empty: the basemap's own)</source>
            <translation>Авторство основи карти (порожнє: її власне)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="77" />
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="78" />
            <source>Pages</source>
            <translation>Сторінки</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="79" />
            <source>Aid points printed</source>
            <translation>Надруковані пункти допомоги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/provider.py" line="37" />
            <source>Processing algorithm {0} is not available: {1}</source>
            <translation>Алгоритм Processing {0} недоступний: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/provider.py" line="49" />
            <source>Mapuj Pomoc: help points for refugees from Ukraine</source>
            <translation>Mapuj Pomoc: пункти допомоги для біженців з України</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="38" />
            <source>Print and export</source>
            <translation>Друк і експорт</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="61" />
            <source>Region: TERYT code (2 digits voivodeship, 4 county, 7 commune)</source>
            <translation>Регіон: код TERYT (2 цифри воєводство, 4 повіт, 7 гміна)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="63" />
            <source>…or region polygons (drawn or from a layer; used when no TERYT code is given)</source>
            <translation>…або полігони регіону (накреслені чи з шару; коли код TERYT не задано)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="66" />
            <source>Filter: a saved list of the project, a filter as JSON, or an SQL condition (empty: all points)</source>
            <translation>Фільтр: збережений список проєкту, фільтр у JSON або умова SQL (порожньо: усі пункти)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="73" />
            <source>Version: public (staff-only points left out, approximate ones at their commune) or staff (every point exactly)</source>
            <translation>Версія: публічна (без пунктів лише для працівників, приблизні пункти в їхній громаді) або для працівників (кожен пункт точно)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="111" />
            <source>Give the region as a TERYT code or as polygons.</source>
            <translation>Задайте регіон кодом TERYT або полігонами.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="114" />
            <source>The region layer has no polygons.</source>
            <translation>Шар регіону не має полігонів.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="136" />
            <source>The filter is not valid JSON: {0}</source>
            <translation>Фільтр не є коректним JSON: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="63" />
            <source>Aid points (a working copy's aid_points or any point layer)</source>
            <translation>Пункти допомоги (aid_points з робочої копії або будь-який точковий шар)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="66" />
            <source>Only points of these help types (none: all points)</source>
            <translation>Лише пункти цих видів допомоги (нічого: усі пункти)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="69" />
            <source>Point identifier field (default: uuid when there is one, else the feature id)</source>
            <translation>Поле ідентифікатора пункту (типово: uuid, якщо є, інакше ідентифікатор обʼєкта)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="75" />
            <source>Also save the areas as the points' service areas in this working copy (optional)</source>
            <translation>Також зберегти зони як зони обслуговування пунктів у цій робочій копії (необовʼязково)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="84" />
            <source>The aid points cannot be read.</source>
            <translation>Не вдається прочитати пункти допомоги.</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="91" />
            <source>%n aid point(s).</source>
            <translation>
                <numerusform>%n пункт допомоги.</numerusform>
                <numerusform>%n пункти допомоги.</numerusform>
                <numerusform>%n пунктів допомоги.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="103" />
            <source>The service areas could not be saved in {0}: {1}</source>
            <translation>Не вдалося зберегти зони обслуговування в {0}: {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="107" />
            <source>%n service area(s) saved in the working copy; sync to send them to the store.</source>
            <translation>
                <numerusform>Збережено %n зону обслуговування в робочій копії; синхронізуйте, щоб надіслати зміни до сховища.</numerusform>
                <numerusform>Збережено %n зони обслуговування в робочій копії; синхронізуйте, щоб надіслати зміни до сховища.</numerusform>
                <numerusform>Збережено %n зон обслуговування в робочій копії; синхронізуйте, щоб надіслати зміни до сховища.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="142" />
            <source>Service areas: distance buffers</source>
            <translation>Зони обслуговування: буфери відстані</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="151" />
            <source>Circles of one or more radii (metres) around aid points, computed in EPSG:2180 (PUWG 1992). Output fields: aid_point_id, metres. Given a working copy, each circle is also saved there as the point's service area of kind buffer (replacing an earlier one of the same radius) and is sent to the store with the next sync.</source>
            <translation>Кола одного або кількох радіусів (у метрах) навколо пунктів допомоги, обчислені в EPSG:2180 (PUWG 1992). Поля результату: aid_point_id, metres. Якщо вказано робочу копію, кожне коло також зберігається в ній як зона обслуговування пункту типу buffer (замінюючи попередню з тим самим радіусом) і надсилається до сховища під час наступної синхронізації.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="161" />
            <source>Distances in metres, separated by commas</source>
            <translation>Відстані в метрах, через кому</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="164" />
            <source>Buffers</source>
            <translation>Буфери</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="264" />
            <source>Service areas saved in the working copy</source>
            <translation>Зони обслуговування, збережені в робочій копії</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="202" />
            <source>Service areas: travel time over roads</source>
            <translation>Зони обслуговування: час доїзду дорогами</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="211" />
            <source>Travel-time areas of aid points over any road line layer: OSM lines (class field highway, one-way streets and access tags read from other_tags), BDOT10k (KLASA_DROG) or any layer with a class field whose classes get speeds as class=km/h. Walk (5 km/h) or drive (a speed per road class, one-way streets honoured). One search from all points at once gives the isochrone bands (field minutes: 0–5, 5–10, 10–15…), the area each point is nearest to within the largest threshold (field aid_point_id) and, with a region, the coverage gaps (field minutes; with a population layer the people not covered). Given a working copy, each point's area is saved there as its service area of kind network.</source>
            <translation>Зони часу доїзду до пунктів допомоги будь-яким лінійним шаром доріг: лінії OSM (поле класу highway, односторонні вулиці й обмеження доступу з other_tags), BDOT10k (KLASA_DROG) або будь-який шар із полем класу, класам якого задаються швидкості як клас=км/год. Пішки (5 км/год) або автомобілем (швидкість для кожного класу дороги, з урахуванням односторонніх вулиць). Один пошук від усіх пунктів одночасно дає смуги ізохрон (поле minutes: 0–5, 5–10, 10–15…), зону, до якої кожен пункт найближчий у межах найбільшого порогу (поле aid_point_id), а з регіоном — прогалини в доступності (поле minutes; із шаром населення — кількість людей поза досяжністю). Якщо вказано робочу копію, зона кожного пункту зберігається в ній як його зона обслуговування типу network.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="224" />
            <source>Roads (lines)</source>
            <translation>Дороги (лінії)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="226" />
            <source>Road class field (default: highway)</source>
            <translation>Поле класу дороги (типово: highway)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="231" />
            <source>Speeds per road class, km/h (e.g. residential=20, primary=40; 0 leaves a class out)</source>
            <translation>Швидкості для класів доріг, км/год (напр. residential=20, primary=40; 0 пропускає клас)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="234" />
            <source>One-way field (yes/-1/no; default: OSM tags)</source>
            <translation>Поле односторонності (yes/-1/no; типово: теги OSM)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="238" />
            <source>Minutes, separated by commas</source>
            <translation>Хвилини, через кому</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="240" />
            <source>Region for coverage gaps</source>
            <translation>Регіон для прогалин у доступності</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="249" />
            <source>Cell size (m)</source>
            <translation>Розмір комірки (м)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="252" />
            <source>Leave out points farther from every road than (m)</source>
            <translation>Пропустити пункти, далі від будь-якої дороги ніж (м)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="255" />
            <source>Metric CRS of the computation and the outputs (default: EPSG:2180)</source>
            <translation>Метрична система координат обчислень і результатів (типово: EPSG:2180)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="260" />
            <source>Isochrones</source>
            <translation>Ізохрони</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="262" />
            <source>Nearest aid point areas</source>
            <translation>Зони найближчих пунктів допомоги</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="268" />
            <source>People not covered within the largest threshold</source>
            <translation>Люди поза досяжністю найбільшого порогу</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="280" />
            <source>The roads cannot be read.</source>
            <translation>Не вдається прочитати дороги.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="296" />
            <source>Road graph: {0} nodes, {1} edges.</source>
            <translation>Граф доріг: вузлів: {0}, ребер: {1}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="299" />
            <source>Left out %n point(s) too far from every road.</source>
            <translation>
                <numerusform>Пропущено %n пункт, що лежить надто далеко від будь-якої дороги.</numerusform>
                <numerusform>Пропущено %n пункти, що лежать надто далеко від будь-якої дороги.</numerusform>
                <numerusform>Пропущено %n пунктів, що лежать надто далеко від будь-якої дороги.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="314" />
            <source>Choose a projected CRS in metres, e.g. EPSG:2180.</source>
            <translation>Виберіть проєкційну систему координат у метрах, напр. EPSG:2180.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="325" />
            <source>Choose the region for the coverage gaps.</source>
            <translation>Виберіть регіон для прогалин у доступності.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="358" />
            <source>Farther than {0:g} min: {1:.2f} km²</source>
            <translation>Далі ніж {0:g} хв: {1:.2f} км²</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="358" />
            <source>{0:,.0f} people</source>
            <translation>{0:,.0f} осіб</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="371" />
            <source>Service areas: coverage gaps</source>
            <translation>Зони обслуговування: прогалини в доступності</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="374" />
            <source>The parts of a region (a commune, a county or any polygons) farther than T minutes, over the roads, from every aid point of the chosen help types; one feature per threshold (field minutes). With a population layer (points, or polygons counted at their centroid) and its field, the number of people not covered (field population).</source>
            <translation>Частини регіону (гміни, повіту або будь-яких полігонів), розташовані далі ніж T хвилин дорогою від кожного пункту допомоги вибраних видів; один обʼєкт на поріг (поле minutes). Із шаром населення (точки або полігони, що рахуються за центроїдом) і його полем — кількість людей поза досяжністю (поле population).</translation>
        </message>
    </context>
</TS>