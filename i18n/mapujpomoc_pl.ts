<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
    <context>
        <name>MapujPomoc</name>
        <message>
            <location filename="../mapujpomoc_qgis/core/credentials.py" line="22" />
            <source>No authentication configuration is chosen. Pick or create one in the connection settings.</source>
            <translation>Nie wybrano konfiguracji uwierzytelniania. Wybierz lub utwórz ją w ustawieniach połączenia.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/credentials.py" line="27" />
            <source>The authentication configuration {0} cannot be read. Unlock the QGIS authentication database or choose another configuration.</source>
            <translation>Nie można odczytać konfiguracji uwierzytelniania {0}. Odblokuj bazę uwierzytelniania QGIS lub wybierz inną konfigurację.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/credentials.py" line="30" />
            <source>The authentication configuration uses the method {0}; Mapuj Pomoc needs 'Basic' with your store user name and the token as password.</source>
            <translation>Konfiguracja uwierzytelniania używa metody {0}; Mapuj Pomoc wymaga metody „Basic” z Twoją nazwą użytkownika na serwerze i tokenem jako hasłem.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/credentials.py" line="34" />
            <source>The authentication configuration has no password; paste your store token there.</source>
            <translation>Konfiguracja uwierzytelniania nie zawiera hasła; wklej w nią swój token z serwera.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/credentials.py" line="54" />
            <source>The QGIS authentication database refused to store the configuration. Set or unlock its master password first.</source>
            <translation>Baza uwierzytelniania QGIS odmówiła zapisania konfiguracji. Najpierw ustaw lub odblokuj jej hasło główne.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="128" />
            <source>Aid points</source>
            <translation>Punkty pomocy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="128" />
            <source>Service areas</source>
            <translation>Obszary obsługi</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="50" />
            <source>My area</source>
            <translation>Mój obszar</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="51" />
            <source>Communes</source>
            <translation>Gminy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="51" />
            <source>Counties</source>
            <translation>Powiaty</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="51" />
            <source>Voivodeships</source>
            <translation>Województwa</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="52" />
            <source>Catalog</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="57" />
            <source>Identifier</source>
            <translation>Identyfikator</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="66" />
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="57" />
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="58" />
            <source>Organisation type</source>
            <translation>Typ organizacji</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="58" />
            <source>Help types</source>
            <translation>Rodzaje pomocy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="58" />
            <source>Forms of help</source>
            <translation>Formy pomocy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="59" />
            <source>Languages</source>
            <translation>Języki</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="59" />
            <source>Description</source>
            <translation>Opis</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="59" />
            <source>Street</source>
            <translation>Ulica</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="60" />
            <source>House number</source>
            <translation>Numer domu</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="60" />
            <source>Postcode</source>
            <translation>Kod pocztowy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="60" />
            <source>City</source>
            <translation>Miejscowość</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="60" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="61" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="61" />
            <source>Website</source>
            <translation>Strona internetowa</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="61" />
            <source>Opening hours</source>
            <translation>Godziny otwarcia</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="62" />
            <source>Target groups</source>
            <translation>Grupy docelowe</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="62" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="62" />
            <source>Verified on</source>
            <translation>Zweryfikowano</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="63" />
            <source>Commune code (TERYT)</source>
            <translation>Kod gminy (TERYT)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="40" />
            <source>Version</source>
            <translation>Wersja</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="63" />
            <source>Updated at</source>
            <translation>Zaktualizowano</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="64" />
            <source>Updated by</source>
            <translation>Autor zmiany</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="64" />
            <source>Aid point</source>
            <translation>Punkt pomocy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="64" />
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="65" />
            <source>Parameters</source>
            <translation>Parametry</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="77" />
            <source>Postcode must look like 00-000.</source>
            <translation>Kod pocztowy musi mieć postać 00-000.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="78" />
            <source>This is not an e-mail address.</source>
            <translation>To nie jest adres e-mail.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="80" />
            <source>A phone number has digits, spaces, dashes or brackets, optionally a leading +.</source>
            <translation>Numer telefonu składa się z cyfr, spacji, myślników lub nawiasów, opcjonalnie z + na początku.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="83" />
            <source>A web address starts with http:// or https://.</source>
            <translation>Adres strony internetowej zaczyna się od http:// lub https://.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="120" />
            <source>Other</source>
            <translation>Inne</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="218" />
            <source>This location is outside your area; the store will refuse it.</source>
            <translation>To położenie jest poza Twoim obszarem; serwer je odrzuci.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="256" />
            <source>Cannot open the layer {0} of {1}.</source>
            <translation>Nie można otworzyć warstwy {0} z {1}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/task.py" line="33" />
            <source>Mapuj Pomoc: sync</source>
            <translation>Mapuj Pomoc: synchronizacja</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/task.py" line="51" />
            <source>Sync cancelled; the working copy is unchanged.</source>
            <translation>Synchronizację anulowano; kopia robocza pozostała bez zmian.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/task.py" line="55" />
            <source>Unexpected error during sync: {0}</source>
            <translation>Nieoczekiwany błąd podczas synchronizacji: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="39" />
            <source>(area)</source>
            <translation>(obszar)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="52" />
            <source>Resolve conflict</source>
            <translation>Rozwiąż konflikt</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="59" />
            <source>&lt;b&gt;{0}&lt;/b&gt; was changed here and on the store. Choose which value to keep for each field; nothing is sent until the next sync.</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; zmieniono tutaj i na serwerze. Wybierz, którą wartość zachować w każdym polu; nic nie zostanie wysłane przed następną synchronizacją.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="63" />
            <source>Field</source>
            <translation>Pole</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="63" />
            <source>Before</source>
            <translation>Przedtem</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="63" />
            <source>Mine</source>
            <translation>Moja</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="63" />
            <source>Theirs (store)</source>
            <translation>Ich (serwer)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="63" />
            <source>Keep</source>
            <translation>Zachowaj</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="66" />
            <source>Feature deleted</source>
            <translation>Obiekt usunięty</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="143" />
            <source>Location</source>
            <translation>Położenie</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="70" />
            <source>deleted here</source>
            <translation>usunięty tutaj</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="70" />
            <source>edited here</source>
            <translation>zmieniony tutaj</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="71" />
            <source>deleted on the store</source>
            <translation>usunięty na serwerze</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="71" />
            <source>edited on the store</source>
            <translation>zmieniony na serwerze</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="80" />
            <source>mine</source>
            <translation>moja</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="80" />
            <source>theirs</source>
            <translation>ich</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="93" />
            <source>All mine</source>
            <translation>Wszystkie moje</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="94" />
            <source>All theirs</source>
            <translation>Wszystkie ich</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="29" />
            <source>the whole country</source>
            <translation>cały kraj</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="29" />
            <source>none</source>
            <translation>brak</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="31" />
            <source>Connected as {0} ({1}). Your area: {2}.</source>
            <translation>Połączono jako {0} ({1}). Twój obszar: {2}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="37" />
            <source>Mapuj Pomoc – connection</source>
            <translation>Mapuj Pomoc – połączenie</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="45" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="47" />
            <source>default: {0}</source>
            <translation>domyślnie: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="48" />
            <source>Test connection</source>
            <translation>Sprawdź połączenie</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="54" />
            <source>Store address</source>
            <translation>Adres serwera</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="55" />
            <source>Authentication</source>
            <translation>Uwierzytelnianie</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="56" />
            <source>Use a 'Basic' configuration: your store user name, and the token as password.</source>
            <translation>Użyj konfiguracji „Basic”: Twoja nazwa użytkownika na serwerze, a token jako hasło.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="59" />
            <source>Working copy</source>
            <translation>Kopia robocza</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="78" />
            <source>Enter the store address first.</source>
            <translation>Najpierw wpisz adres serwera.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="20" />
            <source>created</source>
            <translation>utworzono</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="43" />
            <source>changed</source>
            <translation>zmieniono</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="43" />
            <source>deleted</source>
            <translation>usunięto</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="36" />
            <source>History of {0}</source>
            <translation>Historia: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="38" />
            <source>Loading…</source>
            <translation>Wczytywanie…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="40" />
            <source>When (UTC)</source>
            <translation>Kiedy (UTC)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="40" />
            <source>Who</source>
            <translation>Kto</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="40" />
            <source>What</source>
            <translation>Co</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="40" />
            <source>Old</source>
            <translation>Było</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="40" />
            <source>New</source>
            <translation>Jest</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="51" />
            <source>Mapuj Pomoc: history</source>
            <translation>Mapuj Pomoc: historia</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="61" />
            <source>Could not load the history: {0}</source>
            <translation>Nie udało się wczytać historii: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="70" />
            <source>{0} change(s)</source>
            <translation>Liczba zmian: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="43" />
            <source>new</source>
            <translation>nowy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="48" />
            <source>Mapuj Pomoc – sync</source>
            <translation>Mapuj Pomoc – synchronizacja</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="109" />
            <source>Sync</source>
            <translation>Synchronizuj</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="66" />
            <source>Change</source>
            <translation>Zmiana</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="64" />
            <source>Layer</source>
            <translation>Warstwa</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="65" />
            <source>Fields</source>
            <translation>Pola</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="66" />
            <source>Reason</source>
            <translation>Powód</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="69" />
            <source>Pending</source>
            <translation>Oczekujące</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="69" />
            <source>Conflicts</source>
            <translation>Konflikty</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="69" />
            <source>Refused</source>
            <translation>Odrzucone</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="69" />
            <source>Log</source>
            <translation>Dziennik</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="74" />
            <source>Discard change</source>
            <translation>Odrzuć zmianę</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="75" />
            <source>Restore the selected feature as it was at the last sync</source>
            <translation>Przywróć zaznaczony obiekt do stanu z ostatniej synchronizacji</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="76" />
            <source>Resolve…</source>
            <translation>Rozwiąż…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="77" />
            <source>History of selected point</source>
            <translation>Historia zaznaczonego punktu</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="151" />
            <source>Not synced yet.</source>
            <translation>Jeszcze nie synchronizowano.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="143" />
            <source>deleted on one side</source>
            <translation>usunięty po jednej stronie</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="151" />
            <source>Last sync: {0}</source>
            <translation>Ostatnia synchronizacja: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="154" />
            <source>Pending ({0})</source>
            <translation>Oczekujące ({0})</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="155" />
            <source>Conflicts ({0})</source>
            <translation>Konflikty ({0})</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="156" />
            <source>Refused ({0})</source>
            <translation>Odrzucone ({0})</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="172" />
            <source>Sync started.</source>
            <translation>Rozpoczęto synchronizację.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="180" />
            <source>Refused: {0}</source>
            <translation>Odrzucono: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="202" />
            <source>Select the changes to discard in the Pending or Refused list.</source>
            <translation>Zaznacz zmiany do odrzucenia na liście Oczekujące lub Odrzucone.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="212" />
            <source>Discarded the local change of {0}.</source>
            <translation>Odrzucono lokalną zmianę obiektu {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="221" />
            <source>Select a feature in the Conflicts list.</source>
            <translation>Zaznacz obiekt na liście Konflikty.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="237" />
            <source>Select one aid point on the map to see its history.</source>
            <translation>Zaznacz na mapie jeden punkt pomocy, aby zobaczyć jego historię.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_runner.py" line="23" />
            <source>Sync finished: {0} change(s) received, {1} sent.</source>
            <translation>Synchronizacja zakończona: odebrane zmiany: {0}, wysłane: {1}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_runner.py" line="26" />
            <source>{0} change(s) refused by the store; see the Sync panel.</source>
            <translation>Zmiany odrzucone przez serwer: {0}; szczegóły w panelu synchronizacji.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_runner.py" line="28" />
            <source>{0} feature(s) have conflicts to resolve.</source>
            <translation>Obiekty z konfliktami do rozwiązania: {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_runner.py" line="48" />
            <source>A sync is already running.</source>
            <translation>Synchronizacja już trwa.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_runner.py" line="52" />
            <source>Set the store address and authentication in Mapuj Pomoc &gt; Connection settings first.</source>
            <translation>Najpierw ustaw adres serwera i uwierzytelnianie w Mapuj Pomoc &gt; Ustawienia połączenia.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="48" />
            <source>Icon {name} not found</source>
            <translation>Nie znaleziono ikony {name}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="84" />
            <source>Could not load the translation {path}</source>
            <translation>Nie udało się wczytać tłumaczenia {path}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="195" />
            <source>Mapuj Pomoc</source>
            <translation>Mapuj Pomoc</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="106" />
            <source>Connection settings…</source>
            <translation>Ustawienia połączenia…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="106" />
            <source>Address of the Mapuj Pomoc store and your account</source>
            <translation>Adres serwera Mapuj Pomoc i Twoje konto</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="109" />
            <source>Send your edits to the store and fetch the changes of others</source>
            <translation>Wyślij swoje zmiany na serwer i pobierz zmiany innych</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="112" />
            <source>Sync panel</source>
            <translation>Panel synchronizacji</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="112" />
            <source>Pending changes, conflicts, refusals and history</source>
            <translation>Oczekujące zmiany, konflikty, odrzucenia i historia</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="115" />
            <source>About</source>
            <translation>O wtyczce</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="115" />
            <source>About the Mapuj Pomoc plugin</source>
            <translation>O wtyczce Mapuj Pomoc</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="198" />
            <source>Help points for refugees from Ukraine in Poland: load the shared layer, keep the entries of your area up to date and sync them with the central store.</source>
            <translation>Punkty pomocy dla uchodźców z Ukrainy w Polsce: wczytaj wspólną warstwę, aktualizuj wpisy ze swojego obszaru i synchronizuj je z serwerem centralnym.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="201" />
            <source>Licence: GNU GPL v2 or later.</source>
            <translation>Licencja: GNU GPL w wersji 2 lub nowszej.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="208" />
            <source>About Mapuj Pomoc</source>
            <translation>Informacje o Mapuj Pomoc</translation>
        </message>
    </context>
</TS>
