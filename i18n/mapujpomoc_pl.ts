<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
    <context>
        <name>MapujPomoc</name>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="26" />
            <source>error: set the environment variable MAPUJPOMOC_TOKEN to your store token</source>
            <translation>błąd: ustaw zmienną środowiskową MAPUJPOMOC_TOKEN na swój token magazynu</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="43" />
            <source>refused {0} {1}: {2}</source>
            <translation>odrzucono {0} {1}: {2}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="45" />
            <source>{0} feature(s) have conflicts: see '{1}'</source>
            <translation>obiekty z konfliktami: {0}; zobacz „{1}”</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="63" />
            <source>store: {0}; last sync: {1}</source>
            <translation>magazyn: {0}; ostatnia synchronizacja: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="63" />
            <source>never</source>
            <translation>nigdy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="67" />
            <source>{0} pending change(s), {1} conflicting field(s), {2} refused</source>
            <translation>oczekujące zmiany: {0}, pola w konflikcie: {1}, odrzucone: {2}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="99" />
            <source>resolved {0} of {1} with mine; {2} conflicting field(s) left; sync to send the result</source>
            <translation>rozwiązano {0} obiektu {1}, zachowując moją wartość; pozostałe pola w konflikcie: {2}; zsynchronizuj, aby wysłać wynik</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="99" />
            <source>resolved {0} of {1} with theirs; {2} conflicting field(s) left; sync to send the result</source>
            <translation>rozwiązano {0} obiektu {1}, przyjmując wartość z magazynu; pozostałe pola w konflikcie: {2}; zsynchronizuj, aby wysłać wynik</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="112" />
            <source>discarded the local {0} of {1}; it is back as last synced</source>
            <translation>odrzucono lokalną zmianę ({0}) obiektu {1}; jest taki jak po ostatniej synchronizacji</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="199" />
            <source>{0} point(s) of {1} on {2} page(s)</source>
            <translation>punkty: {0}, {1}, strony: {2}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="201" />
            <source>sheet of {0} ({1}) lists {2} of its {3} points; print --region {1} without --atlas for all</source>
            <translation>arkusz {0} ({1}) wymienia {2} z {3} punktów; aby wydrukować wszystkie, użyj print --region {1} bez --atlas</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="208" />
            <source>wrote {0} (staff version)</source>
            <translation>zapisano {0} (wersja dla pracowników)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="208" />
            <source>wrote {0} (public version)</source>
            <translation>zapisano {0} (wersja publiczna)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="257" />
            <source>{0} point(s); reading the roads and computing travel times…</source>
            <translation>punkty: {0}; wczytywanie dróg i obliczanie czasu dojazdu…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="259" />
            <source>road graph: {0} nodes, {1} edges; writing…</source>
            <translation>sieć dróg: węzły: {0}, odcinki: {1}; zapisywanie…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="262" />
            <source>cancelled; nothing written</source>
            <translation>anulowano; nic nie zapisano</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="459" />
            <source>error: {0}</source>
            <translation>błąd: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="268" />
            <source>{0} point(s) farther than {1} m from every road were left out</source>
            <translation>pominięto punkty dalej niż {1} m od każdej drogi: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="274" />
            <source>not covered within {0} min</source>
            <translation>bez dostępu w ciągu {0} min</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/cli.py" line="275" />
            <source>wrote {0}</source>
            <translation>zapisano {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/basemaps.py" line="45" />
            <source>No basemap</source>
            <translation>Bez podkładu</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/basemaps.py" line="45" />
            <source>OpenStreetMap</source>
            <translation>OpenStreetMap</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/basemaps.py" line="45" />
            <source>Topographic map (geoportal.gov.pl)</source>
            <translation>Mapa topograficzna (geoportal.gov.pl)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/basemaps.py" line="46" />
            <source>Orthophoto (geoportal.gov.pl)</source>
            <translation>Ortofotomapa (geoportal.gov.pl)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/basemaps.py" line="46" />
            <source>A layer of the project</source>
            <translation>Warstwa projektu</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/basemaps.py" line="71" />
            <source>The basemap {0} cannot be opened ({1}); check its address in the settings.</source>
            <translation>Nie można otworzyć podkładu {0} ({1}); sprawdź jego adres w ustawieniach.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/basemaps.py" line="117" />
            <source>Unknown basemap {0}; use one of: {1}, or the address of XYZ tiles.</source>
            <translation>Nieznany podkład {0}; użyj jednego z: {1} albo adresu kafli XYZ.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/basemaps.py" line="130" />
            <source>'{0}' is not an address of XYZ tiles: it needs {{z}}, {{x}} and {{y}}, e.g. https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png</source>
            <translation>„{0}” nie jest adresem kafli XYZ: potrzebuje {{z}}, {{x}} i {{y}}, np. https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="69" />
            <source>Basemap</source>
            <translation>Podkład</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/basemaps.py" line="138" />
            <source>Choose a valid layer for the basemap.</source>
            <translation>Wybierz poprawną warstwę jako podkład.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="51" />
            <source>Warning: {0} is a plain http:// address, so your token travels unencrypted and anyone on the way can read it and act as you. Ask the store's operator for its https:// address.</source>
            <translation>Uwaga: {0} to zwykły adres http://, więc Twój token jest przesyłany bez szyfrowania i każdy po drodze może go odczytać i działać w Twoim imieniu. Poproś operatora magazynu o jego adres https://.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="109" />
            <source>The secure connection to {0} failed (TLS certificate problem: {1}). Check the address, or install the store's certificate authority in QGIS.</source>
            <translation>Nie udało się nawiązać bezpiecznego połączenia z {0} (problem z certyfikatem TLS: {1}). Sprawdź adres albo zainstaluj w QGIS urząd certyfikacji magazynu.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="113" />
            <source>The proxy server did not pass the connection to {0} on (it wants a user name and password). Check the proxy in QGIS (Settings &gt; Options &gt; Network).</source>
            <translation>Serwer proxy nie przekazał połączenia do {0} (wymaga nazwy użytkownika i hasła). Sprawdź proxy w QGIS (Ustawienia &gt; Opcje &gt; Sieć).</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="113" />
            <source>The proxy server did not pass the connection to {0} on (it cannot be reached or refused). Check the proxy in QGIS (Settings &gt; Options &gt; Network).</source>
            <translation>Serwer proxy nie przekazał połączenia do {0} (jest nieosiągalny albo odmówił). Sprawdź proxy w QGIS (Ustawienia &gt; Opcje &gt; Sieć).</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="119" />
            <source>The store at {0} did not answer within {1} s. Try again later or check your network or proxy settings.</source>
            <translation>Magazyn pod adresem {0} nie odpowiedział w ciągu {1} s. Spróbuj ponownie później albo sprawdź sieć lub ustawienia proxy.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="125" />
            <source>The host in {0} is not known. Check the store address for typing errors.</source>
            <translation>Nazwa serwera w adresie {0} jest nieznana. Sprawdź, czy w adresie magazynu nie ma literówki.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="127" />
            <source>{0} refused the connection: nothing is listening there. Check the address and port, or ask whether the store is running.</source>
            <translation>{0} odmówił połączenia: nic tam nie nasłuchuje. Sprawdź adres i port albo zapytaj, czy magazyn jest uruchomiony.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="130" />
            <source>Cannot reach the store at {0} ({1}). Check your network connection and proxy settings.</source>
            <translation>Nie można połączyć się z magazynem pod adresem {0} ({1}). Sprawdź połączenie sieciowe i ustawienia proxy.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="136" />
            <source>The request to {0} failed: {1}.</source>
            <translation>Żądanie do {0} nie powiodło się: {1}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="150" />
            <source>no valid token</source>
            <translation>brak ważnego tokenu</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="151" />
            <source>The store did not accept the credentials: {0}. Check the token in the connection settings.</source>
            <translation>Magazyn nie przyjął danych logowania: {0}. Sprawdź token w ustawieniach połączenia.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="154" />
            <source>The store refused this operation for your account.</source>
            <translation>Magazyn odmówił tej operacji dla Twojego konta.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="161" />
            <source>The store at {0} is not available just now ({1}): it may be stopped or restarting. Try again in a few minutes; if it persists, tell the store's operator.</source>
            <translation>Magazyn pod adresem {0} jest teraz niedostępny ({1}): może być zatrzymany lub uruchamiany ponownie. Spróbuj ponownie za kilka minut; jeśli to się powtarza, powiadom operatora magazynu.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="165" />
            <source>The store had an internal error ({0}). Try again later; if it persists, tell the store's operator.</source>
            <translation>W magazynie wystąpił błąd wewnętrzny ({0}). Spróbuj ponownie później; jeśli się powtarza, powiadom operatora magazynu.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="167" />
            <source>The store answered {0} {1}.</source>
            <translation>Magazyn odpowiedział: {0} {1}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="174" />
            <source>{0} answered, but not with JSON: it does not look like a Mapuj Pomoc store.</source>
            <translation>{0} odpowiada, ale nie w formacie JSON: to nie wygląda na magazyn Mapuj Pomoc.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="188" />
            <source>{0} is not an OGC API - Features service.</source>
            <translation>{0} nie jest usługą OGC API - Features.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="240" />
            <source>'{0}' is not a complete store address: it must start with https:// (or http://), for example https://pomoc.example.pl. Copy the address from the store's operator.</source>
            <translation>„{0}” nie jest pełnym adresem magazynu: musi zaczynać się od https:// (lub http://), na przykład https://pomoc.example.pl. Skopiuj adres od operatora magazynu.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/client.py" line="245" />
            <source>{0} is not a Mapuj Pomoc store (404). Check the store address.</source>
            <translation>{0} nie jest magazynem Mapuj Pomoc (404). Sprawdź adres magazynu.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/credentials.py" line="23" />
            <source>No authentication configuration is chosen. Pick or create one in the connection settings.</source>
            <translation>Nie wybrano konfiguracji uwierzytelniania. Wybierz lub utwórz ją w ustawieniach połączenia.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/credentials.py" line="28" />
            <source>The authentication configuration {0} cannot be read. Unlock the QGIS authentication database or choose another configuration.</source>
            <translation>Nie można odczytać konfiguracji uwierzytelniania {0}. Odblokuj bazę uwierzytelniania QGIS lub wybierz inną konfigurację.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/credentials.py" line="31" />
            <source>The authentication configuration uses the method {0}; Mapuj Pomoc needs 'Basic' with your store user name and the token as password.</source>
            <translation>Konfiguracja uwierzytelniania używa metody {0}; Mapuj Pomoc wymaga metody „Basic” z Twoją nazwą użytkownika na serwerze i tokenem jako hasłem.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/credentials.py" line="35" />
            <source>The authentication configuration has no password; paste your store token there.</source>
            <translation>Konfiguracja uwierzytelniania nie zawiera hasła; wklej w nią swój token z serwera.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/credentials.py" line="46" />
            <source>QGIS will now ask for its master password: it unlocks the QGIS authentication database, where your store token is kept. It is the password you chose for QGIS, not the store token.</source>
            <translation>QGIS zapyta teraz o hasło główne: odblokowuje ono bazę uwierzytelniania QGIS, w której przechowywany jest Twój token magazynu. To hasło ustalone przez Ciebie dla QGIS, a nie token magazynu.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/connection/credentials.py" line="65" />
            <source>The QGIS authentication database refused to store the configuration. Set or unlock its master password first.</source>
            <translation>Baza uwierzytelniania QGIS odmówiła zapisania konfiguracji. Najpierw ustaw lub odblokuj jej hasło główne.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/gpkg_styles.py" line="58" />
            <source>The exported layer {0} cannot be opened.</source>
            <translation>Nie można otworzyć wyeksportowanej warstwy {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/gpkg_styles.py" line="102" />
            <source>Cannot open {0} to embed the styles.</source>
            <translation>Nie można otworzyć {0}, aby zapisać w nim style.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/gpkg_styles.py" line="117" />
            <source>Mapuj Pomoc style, {0}</source>
            <translation>Styl Mapuj Pomoc, {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="88" />
            <source>Export cancelled.</source>
            <translation>Eksport anulowany.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/layer_writer.py" line="86" />
            <source>GDAL has no {0} driver here; choose another format.</source>
            <translation>GDAL nie ma tu sterownika {0}; wybierz inny format.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/layer_writer.py" line="93" />
            <source>Unknown coordinate reference system {0}.</source>
            <translation>Nieznany układ współrzędnych {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/layer_writer.py" line="164" />
            <source>GDAL could not create the layer {0}.</source>
            <translation>GDAL nie mógł utworzyć warstwy {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/layer_writer.py" line="177" />
            <source>GDAL could not write a feature of {0}.</source>
            <translation>GDAL nie mógł zapisać obiektu warstwy {0}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/export/list_pdf.py" line="49" />
            <source>%n point(s), as of {0}</source>
            <translation>
                <numerusform>%n punkt, stan na {0}</numerusform>
                <numerusform>%n punkty, stan na {0}</numerusform>
                <numerusform>%n punktów, stan na {0}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/regional_export.py" line="65" />
            <source>{0} and {1}</source>
            <translation>{0} i {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/regional_export.py" line="66" />
            <source>Exported {0} of {1} to {2}</source>
            <translation>Wyeksportowano {0} – {1} – do {2}</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/export/regional_export.py" line="73" />
            <source>%n aid point(s)</source>
            <translation>
                <numerusform>%n punkt pomocy</numerusform>
                <numerusform>%n punkty pomocy</numerusform>
                <numerusform>%n punktów pomocy</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/export/regional_export.py" line="75" />
            <source>%n service area(s)</source>
            <translation>
                <numerusform>%n obszar obsługi</numerusform>
                <numerusform>%n obszary obsługi</numerusform>
                <numerusform>%n obszarów obsługi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/export/regional_export.py" line="77" />
            <source>%n voivodeship boundary(ies)</source>
            <translation>
                <numerusform>%n granicę województwa</numerusform>
                <numerusform>%n granice województw</numerusform>
                <numerusform>%n granic województw</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/export/regional_export.py" line="79" />
            <source>%n county boundary(ies)</source>
            <translation>
                <numerusform>%n granicę powiatu</numerusform>
                <numerusform>%n granice powiatów</numerusform>
                <numerusform>%n granic powiatów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/export/regional_export.py" line="81" />
            <source>%n commune boundary(ies)</source>
            <translation>
                <numerusform>%n granicę gminy</numerusform>
                <numerusform>%n granice gmin</numerusform>
                <numerusform>%n granic gmin</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/regional_export.py" line="101" />
            <source>Unknown export format {0}; use one of: {1}.</source>
            <translation>Nieznany format eksportu {0}; użyj jednego z: {1}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/regional_export.py" line="103" />
            <source>CSV geometry must be wkt or xy, not {0}.</source>
            <translation>Geometria CSV musi być wkt lub xy, nie {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/print_data.py" line="152" />
            <source>Cannot write {0}. Check the folder exists and is writable.</source>
            <translation>Nie można zapisać {0}. Sprawdź, czy folder istnieje i czy można w nim zapisywać.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/regional_export.py" line="188" />
            <source>{0}: {1}, exported from Mapuj Pomoc on {2}</source>
            <translation>{0}: {1}, wyeksportowano z Mapuj Pomoc {2}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/regional_export.py" line="241" />
            <source>Mapuj Pomoc: export {0}</source>
            <translation>Mapuj Pomoc: eksport {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/export/regional_export.py" line="248" />
            <source>Unexpected error during the export: {0}</source>
            <translation>Nieoczekiwany błąd podczas eksportu: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/filtering/privacy.py" line="47" />
            <source>The version must be public or staff, not {0}.</source>
            <translation>Wersja musi być publiczna (public) albo dla pracowników (staff), a nie {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/filtering/privacy.py" line="53" />
            <source>public version</source>
            <translation>wersja publiczna</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/filtering/privacy.py" line="53" />
            <source>staff version</source>
            <translation>wersja dla pracowników</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/filtering/review.py" line="33" />
            <source>Mark verified</source>
            <translation>Oznacz jako zweryfikowane</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="97" />
            <source>There is no working copy at {0}.</source>
            <translation>W {0} nie ma kopii roboczej.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/filtering/selection.py" line="105" />
            <source>The filter cannot be used on the working copy: {0}</source>
            <translation>Nie można użyć filtra na kopii roboczej: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/api.py" line="54" />
            <source>{0} created, {1} updated, {2} merged, {3} skipped, {4} refused</source>
            <translation>utworzone: {0}, zaktualizowane: {1}, scalone: {2}, pominięte: {3}, odrzucone: {4}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/api.py" line="78" />
            <source>Duplicates may be skipped, merged or created, not '{0}'.</source>
            <translation>Duplikaty można pominąć, scalić lub utworzyć, nie „{0}”.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/api.py" line="80" />
            <source>Reading {0}</source>
            <translation>Odczyt {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/apply.py" line="43" />
            <source>Cannot open the aid points of {0}.</source>
            <translation>Nie można otworzyć punktów pomocy z {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/apply.py" line="96" />
            <source>The matched point is no longer in the working copy.</source>
            <translation>Dopasowanego punktu nie ma już w kopii roboczej.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/apply.py" line="106" />
            <source>Writing to the working copy</source>
            <translation>Zapisywanie w kopii roboczej</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/apply.py" line="107" />
            <source>Import {0}</source>
            <translation>Import {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/apply.py" line="135" />
            <source>The aid points layer cannot be edited.</source>
            <translation>Warstwy punktów pomocy nie można edytować.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/apply.py" line="139" />
            <source>The imported points could not be added to the layer.</source>
            <translation>Nie udało się dodać importowanych punktów do warstwy.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/apply.py" line="142" />
            <source>The point {0} could not be changed.</source>
            <translation>Nie udało się zmienić punktu {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/apply.py" line="144" />
            <source>The point {0} could not be moved.</source>
            <translation>Nie udało się przenieść punktu {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/apply.py" line="154" />
            <source>The import could not be saved: {0}</source>
            <translation>Nie udało się zapisać importu: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/columns.py" line="88" />
            <source>This is not a saved column mapping.</source>
            <translation>To nie jest zapisane przypisanie kolumn.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/columns.py" line="92" />
            <source>The mapping names unknown fields: {0}</source>
            <translation>Przypisanie wymienia nieznane pola: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/columns.py" line="105" />
            <source>Cannot read the mapping {0}: {1}</source>
            <translation>Nie można odczytać przypisania {0}: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/csv_text.py" line="28" />
            <source>The file cannot be read as {0}: {1}</source>
            <translation>Pliku nie można odczytać jako {0}: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/csv_text.py" line="48" />
            <source>The file's encoding is not recognised; save it as UTF-8 and try again.</source>
            <translation>Nie rozpoznano kodowania pliku; zapisz go jako UTF-8 i spróbuj ponownie.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/csv_text.py" line="77" />
            <source>Cannot read {0}: {1}</source>
            <translation>Nie można odczytać {0}: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/readers.py" line="97" />
            <source>{0} has no rows.</source>
            <translation>{0} nie zawiera wierszy.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/location.py" line="64" />
            <source>'{0}' is not a coordinate reference system (e.g. EPSG:2180).</source>
            <translation>„{0}” nie jest układem współrzędnych (np. EPSG:2180).</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/location.py" line="101" />
            <source>Longitude/latitude {0}, {1} are not degrees.</source>
            <translation>Długość/szerokość {0}, {1} nie są w stopniach.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/location.py" line="111" />
            <source>X/Y {0}, {1} are not coordinates in {2}.</source>
            <translation>X/Y {0}, {1} nie są współrzędnymi w {2}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/location.py" line="139" />
            <source>There is no commune with the TERYT code {0} in the working copy.</source>
            <translation>W kopii roboczej nie ma gminy o kodzie TERYT {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/location.py" line="142" />
            <source>No location: give longitude/latitude, X/Y, a TERYT code or a commune.</source>
            <translation>Brak położenia: podaj długość/szerokość geograficzną, X/Y, kod TERYT lub gminę.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/location.py" line="148" />
            <source>There is no commune named {0} in the working copy.</source>
            <translation>W kopii roboczej nie ma gminy o nazwie {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/location.py" line="153" />
            <source>There are several communes named {0} ({1}): give the county or the voivodeship, or the TERYT code.</source>
            <translation>Jest kilka gmin o nazwie {0} ({1}): podaj powiat lub województwo albo kod TERYT.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/plan.py" line="97" />
            <source>{0} rows: {1} new, {2} updates, {3} unchanged, {4} probable duplicates, {5} invalid, {6} outside your area</source>
            <translation>Wiersze: {0}; nowe: {1}, aktualizacje: {2}, bez zmian: {3}, prawdopodobne duplikaty: {4}, błędne: {5}, poza Twoim obszarem: {6}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/plan.py" line="141" />
            <source>Reading the map</source>
            <translation>Odczyt mapy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/plan.py" line="166" />
            <source>Matching rows</source>
            <translation>Dopasowywanie wierszy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/plan.py" line="185" />
            <source>{0}: '{1}' is not a known value; assign it a code.</source>
            <translation>{0}: „{1}” to nieznana wartość; przypisz jej kod.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/plan.py" line="210" />
            <source>repeated in the file (row {0})</source>
            <translation>powtórzony w pliku (wiersz {0})</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/plan.py" line="239" />
            <source>Outside your area: the store would refuse this point.</source>
            <translation>Poza Twoim obszarem: magazyn odrzuciłby ten punkt.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/readers.py" line="30" />
            <source>There is no file {0}.</source>
            <translation>Nie ma pliku {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/readers.py" line="39" />
            <source>{0} cannot be read as a table or a layer.</source>
            <translation>{0} nie daje się odczytać jako tabela ani warstwa.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/readers.py" line="116" />
            <source>{0} cannot be read as a spreadsheet.</source>
            <translation>{0} nie daje się odczytać jako arkusz.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/importing/readers.py" line="119" />
            <source>{0} has no sheet {1}.</source>
            <translation>{0} nie ma arkusza {1}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/layout_builder.py" line="66" />
            <source>The template {0} is not valid XML (line {1}: {2}).</source>
            <translation>Szablon {0} nie jest poprawnym XML (wiersz {1}: {2}).</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/layout_builder.py" line="70" />
            <source>QGIS could not load the template {0}.</source>
            <translation>QGIS nie mógł wczytać szablonu {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/layout_builder.py" line="88" />
            <source>Mapuj Pomoc: {0}</source>
            <translation>Mapuj Pomoc: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/pdf_export.py" line="67" />
            <source>The region has no communes to make atlas pages of.</source>
            <translation>Region nie ma gmin, z których można zrobić strony atlasu.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="99" />
            <source>Printing cancelled.</source>
            <translation>Drukowanie anulowane.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/pdf_export.py" line="103" />
            <source>QGIS could not write the PDF {0}: {1}</source>
            <translation>QGIS nie mógł zapisać pliku PDF {0}: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/print_data.py" line="118" />
            <source>An atlas makes one page per commune: choose a voivodeship, county or commune by its TERYT code.</source>
            <translation>Atlas tworzy jedną stronę na gminę: wybierz województwo, powiat lub gminę według kodu TERYT.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="298" />
            <source>Cannot open the layer {0} of {1}.</source>
            <translation>Nie można otworzyć warstwy {0} z {1}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/print_layers.py" line="151" />
            <source>Outside the region</source>
            <translation>Poza regionem</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/printing/print_map.py" line="51" />
            <source>Printed %n point(s) of {0} to {1}.</source>
            <translation>
                <numerusform>Wydrukowano %n punkt – {0} – do {1}.</numerusform>
                <numerusform>Wydrukowano %n punkty – {0} – do {1}.</numerusform>
                <numerusform>Wydrukowano %n punktów – {0} – do {1}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/printing/print_map.py" line="51" />
            <source>The PDF has %n page(s).</source>
            <translation>
                <numerusform>PDF ma %n stronę.</numerusform>
                <numerusform>PDF ma %n strony.</numerusform>
                <numerusform>PDF ma %n stron.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/printing/print_map.py" line="57" />
            <source>Only the points that fit are listed on %n sheet(s): {0}.</source>
            <translation>
                <numerusform>Tylko mieszczące się punkty wymieniono na %n arkuszu: {0}.</numerusform>
                <numerusform>Tylko mieszczące się punkty wymieniono na %n arkuszach: {0}.</numerusform>
                <numerusform>Tylko mieszczące się punkty wymieniono na %n arkuszach: {0}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/print_map.py" line="108" />
            <source>Mapuj Pomoc print: {0}</source>
            <translation>Wydruk Mapuj Pomoc: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/print_map.py" line="131" />
            <source>Mapuj Pomoc: print {0}</source>
            <translation>Mapuj Pomoc: wydruk {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/print_map.py" line="138" />
            <source>Unexpected error while printing: {0}</source>
            <translation>Nieoczekiwany błąd podczas drukowania: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/print_spec.py" line="48" />
            <source>The language pair must be one of: {0}.</source>
            <translation>Para języków musi być jedną z: {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/print_spec.py" line="61" />
            <source>Unknown template {0}; use one of: {1}, or the path of a .qpt file.</source>
            <translation>Nieznany szablon {0}; użyj jednego z: {1} albo ścieżki do pliku .qpt.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/print_table.py" line="144" />
            <source>The list of points would take more than {0} pages; choose a smaller region or a narrower filter.</source>
            <translation>Lista punktów zajęłaby ponad {0} stron; wybierz mniejszy obszar lub węższy filtr.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing/print_table.py" line="158" />
            <source>A row of the list of points is taller than a page; use a larger page or a template with a taller table.</source>
            <translation>Wiersz listy punktów jest wyższy niż strona; użyj większej strony lub szablonu z wyższą tabelą.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="248" />
            <source>Cancelled.</source>
            <translation>Anulowano.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="158" />
            <source>Other</source>
            <translation>Inne</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="143" />
            <source>Aid points</source>
            <translation>Punkty pomocy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="205" />
            <source>Service areas</source>
            <translation>Obszary obsługi</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="146" />
            <source>My area</source>
            <translation>Mój obszar</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="56" />
            <source>Communes</source>
            <translation>Gminy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="56" />
            <source>Counties</source>
            <translation>Powiaty</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="56" />
            <source>Voivodeships</source>
            <translation>Województwa</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="57" />
            <source>Catalog</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="62" />
            <source>Identifier</source>
            <translation>Identyfikator</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="70" />
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="62" />
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="63" />
            <source>Organisation type</source>
            <translation>Typ organizacji</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="119" />
            <source>Help types</source>
            <translation>Rodzaje pomocy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="129" />
            <source>Forms of help</source>
            <translation>Formy pomocy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="65" />
            <source>Languages</source>
            <translation>Języki</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="64" />
            <source>Description</source>
            <translation>Opis</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="64" />
            <source>Street</source>
            <translation>Ulica</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="65" />
            <source>House number</source>
            <translation>Numer domu</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="65" />
            <source>Postcode</source>
            <translation>Kod pocztowy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="65" />
            <source>City</source>
            <translation>Miejscowość</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="65" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="66" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="66" />
            <source>Website</source>
            <translation>Strona internetowa</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="66" />
            <source>Opening hours</source>
            <translation>Godziny otwarcia</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="124" />
            <source>Target groups</source>
            <translation>Grupy docelowe</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="130" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="67" />
            <source>Verified on</source>
            <translation>Zweryfikowano</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="67" />
            <source>Who may see the location</source>
            <translation>Kto widzi lokalizację</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="55" />
            <source>Commune code (TERYT)</source>
            <translation>Kod gminy (TERYT)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="201" />
            <source>Version</source>
            <translation>Wersja</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="68" />
            <source>Updated at</source>
            <translation>Zaktualizowano</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="69" />
            <source>Updated by</source>
            <translation>Autor zmiany</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="69" />
            <source>Aid point</source>
            <translation>Punkt pomocy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="69" />
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="70" />
            <source>Parameters</source>
            <translation>Parametry</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="77" />
            <source>Postcode must look like 00-000.</source>
            <translation>Kod pocztowy musi mieć postać 00-000.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="78" />
            <source>This is not an e-mail address.</source>
            <translation>To nie jest adres e-mail.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="79" />
            <source>A phone number has digits, spaces, dashes or brackets, optionally a leading +.</source>
            <translation>Numer telefonu składa się z cyfr, spacji, myślników lub nawiasów, opcjonalnie z + na początku.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="80" />
            <source>A web address starts with http:// or https://.</source>
            <translation>Adres strony internetowej zaczyna się od http:// lub https://.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="81" />
            <source>Opening hours in OSM syntax, e.g. Mo-Fr 08:00-16:00; Sa 10:00-14:00.</source>
            <translation>Godziny otwarcia w składni OSM, np. Mo-Fr 08:00-16:00; Sa 10:00-14:00.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="82" />
            <source>The identifier of an aid point.</source>
            <translation>Identyfikator punktu pomocy.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="91" />
            <source>Required.</source>
            <translation>Pole wymagane.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="93" />
            <source>At most {0} characters.</source>
            <translation>Najwyżej {0} znaków.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="95" />
            <source>Only values from the list.</source>
            <translation>Tylko wartości z listy.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="97" />
            <source>Each value once.</source>
            <translation>Każda wartość tylko raz.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/project/layers.py" line="260" />
            <source>This location is outside your area; the store will refuse it.</source>
            <translation>To położenie jest poza Twoim obszarem; serwer je odrzuci.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="91" />
            <source>'{0}' is not a TERYT code: use 2 digits for a voivodeship, 4 for a county or 7 for a commune.</source>
            <translation>„{0}” nie jest kodem TERYT: użyj 2 cyfr dla województwa, 4 dla powiatu lub 7 dla gminy.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="101" />
            <source>voivodeship</source>
            <translation>województwa</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="101" />
            <source>county</source>
            <translation>powiatu</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="101" />
            <source>commune</source>
            <translation>gminy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="102" />
            <source>area</source>
            <translation>obszaru</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="154" />
            <source>Cannot read the boundaries of {0}: {1}</source>
            <translation>Nie można odczytać granic z {0}: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="183" />
            <source>The working copy {0} has no boundaries yet: sync it first.</source>
            <translation>Kopia robocza {0} nie ma jeszcze granic: najpierw ją zsynchronizuj.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="184" />
            <source>There is no {0} with the TERYT code {1} in the working copy.</source>
            <translation>W kopii roboczej nie ma {0} o kodzie TERYT {1}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="292" />
            <source>The region must be a polygon.</source>
            <translation>Region musi być poligonem.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="116" />
            <source>Selected area</source>
            <translation>Wybrany obszar</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="249" />
            <source>Map extent</source>
            <translation>Zasięg mapy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="189" />
            <source>Choose a polygon layer for the region.</source>
            <translation>Wybierz warstwę poligonową jako region.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/region.py" line="312" />
            <source>The layer {0} has no polygons to use as the region.</source>
            <translation>Warstwa {0} nie ma poligonów, których można użyć jako regionu.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/api.py" line="100" />
            <source>The road layer has no roads this profile can use.</source>
            <translation>Warstwa dróg nie ma dróg, z których ten profil może korzystać.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="500" />
            <source>Travel-time computation cancelled.</source>
            <translation>Obliczanie czasu dojazdu anulowane.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/api.py" line="112" />
            <source>Reading the roads…</source>
            <translation>Odczytywanie dróg…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/api.py" line="114" />
            <source>Travel times…</source>
            <translation>Czasy dojazdu…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="50" />
            <source>{0} must be more than zero.</source>
            <translation>{0} musi być większe od zera.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="48" />
            <source>{0} is not a number.</source>
            <translation>{0} nie jest liczbą.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/isochrones.py" line="242" />
            <source>Give at least one value for {0}.</source>
            <translation>Podaj co najmniej jedną wartość: {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="53" />
            <source>the thresholds</source>
            <translation>progi</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="66" />
            <source>Write speeds as class=km/h, e.g. residential=20, not {0}.</source>
            <translation>Podaj prędkości jako klasa=km/h, np. residential=20, a nie {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="79" />
            <source>The speed of {0} is not a number: {1}</source>
            <translation>Prędkość dla {0} nie jest liczbą: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="81" />
            <source>The speed of {0} cannot be negative.</source>
            <translation>Prędkość dla {0} nie może być ujemna.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="111" />
            <source>The points have no field {0}.</source>
            <translation>Punkty nie mają pola {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="114" />
            <source>The points have no help_types field, so they cannot be chosen by help type.</source>
            <translation>Punkty nie mają pola help_types, więc nie można ich wybrać według rodzaju pomocy.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="141" />
            <source>No aid point has the chosen help types.</source>
            <translation>Żaden punkt pomocy nie ma wybranych rodzajów pomocy.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="141" />
            <source>There are no points.</source>
            <translation>Brak punktów.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="167" />
            <source>The region has no polygons.</source>
            <translation>Region nie ma poligonów.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="187" />
            <source>{0} does not exist.</source>
            <translation>{0} nie istnieje.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/inputs.py" line="190" />
            <source>{0} cannot be opened as a vector layer.</source>
            <translation>Nie można otworzyć {0} jako warstwy wektorowej.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/isochrones.py" line="135" />
            <source>The population layer has no field {0}.</source>
            <translation>Warstwa ludności nie ma pola {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="317" />
            <source>the minutes</source>
            <translation>minuty</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/profiles.py" line="115" />
            <source>Unknown profile {0}; use walk or drive.</source>
            <translation>Nieznany profil {0}; użyj walk (pieszo) lub drive (samochodem).</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/roads.py" line="95" />
            <source>The roads have no field {0}.</source>
            <translation>Drogi nie mają pola {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/roads.py" line="300" />
            <source>The roads cannot be transformed to {0}: {1}</source>
            <translation>Nie można przeliczyć dróg do {0}: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/storage.py" line="105" />
            <source>The area is empty.</source>
            <translation>Obszar jest pusty.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/storage.py" line="130" />
            <source>Your account may only read the store.</source>
            <translation>Twoje konto może tylko odczytywać dane z repozytorium.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/storage.py" line="136" />
            <source>The aid point lies outside your area; the store would refuse its service area.</source>
            <translation>Punkt pomocy leży poza Twoim obszarem; repozytorium odrzuciłoby jego obszar obsługi.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/storage.py" line="163" />
            <source>Unknown kind of service area: {0}</source>
            <translation>Nieznany rodzaj obszaru obsługi: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/storage.py" line="167" />
            <source>{0} is not the identifier of an aid point; service areas can only be saved for the aid points of a working copy.</source>
            <translation>{0} nie jest identyfikatorem punktu pomocy; obszary obsługi można zapisać tylko dla punktów pomocy z kopii roboczej.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/storage.py" line="197" />
            <source>The service areas layer cannot be edited.</source>
            <translation>Warstwy obszarów obsługi nie można edytować.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/storage.py" line="198" />
            <source>Add service areas</source>
            <translation>Dodaj obszary obsługi</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/storage.py" line="203" />
            <source>The service areas could not be added to the layer.</source>
            <translation>Nie udało się dodać obszarów obsługi do warstwy.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/storage.py" line="213" />
            <source>The service areas could not be saved: {0}</source>
            <translation>Nie udało się zapisać obszarów obsługi: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/storage.py" line="298" />
            <source>{0}: no such aid point in the working copy.</source>
            <translation>{0}: nie ma takiego punktu pomocy w kopii roboczej.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/storage.py" line="340" />
            <source>Cannot write {0}: {1}</source>
            <translation>Nie można zapisać {0}: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="507" />
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/task.py" line="17" />
            <source>Mapuj Pomoc: travel-time areas</source>
            <translation>Mapuj Pomoc: obszary czasu dojazdu</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/service_areas/task.py" line="24" />
            <source>Travel-time computation failed: {0}</source>
            <translation>Obliczanie czasu dojazdu nie powiodło się: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/pull.py" line="49" />
            <source>{0}: {1} changes downloaded</source>
            <translation>{0}: pobrano zmian: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/pull.py" line="103" />
            <source>The store's snapshot arrived incomplete. Try to sync again.</source>
            <translation>Migawka z magazynu dotarła niekompletna. Spróbuj zsynchronizować ponownie.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/pull.py" line="116" />
            <source>asking the store who you are</source>
            <translation>pytanie magazynu o użytkownika</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/pull.py" line="130" />
            <source>applying changes</source>
            <translation>zapisywanie zmian</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/pull.py" line="149" />
            <source>pulled</source>
            <translation>pobrano</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/pull.py" line="170" />
            <source>The store sent a snapshot in a format this plugin does not read; update the plugin.</source>
            <translation>Magazyn przysłał migawkę w formacie, którego ta wtyczka nie czyta; zaktualizuj wtyczkę.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/push.py" line="111" />
            <source>sending {0} change(s)</source>
            <translation>wysyłanie zmian: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/report.py" line="31" />
            <source>nothing</source>
            <translation>nic</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/report.py" line="32" />
            <source>pulled {0}; pushed {1}</source>
            <translation>pobrano: {0}; wysłano: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/report.py" line="34" />
            <source>; boundaries updated: {0}</source>
            <translation>; zaktualizowano granice: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/report.py" line="36" />
            <source>; {0} refused by the store</source>
            <translation>; odrzucone przez magazyn: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/report.py" line="38" />
            <source>; {0} conflict(s) to resolve</source>
            <translation>; konflikty do rozwiązania: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/sync/report.py" line="47" />
            <source>%n {0} created</source>
            <translation>
                <numerusform>{0}: %n nowy</numerusform>
                <numerusform>{0}: %n nowe</numerusform>
                <numerusform>{0}: %n nowych</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/sync/report.py" line="49" />
            <source>%n {0} updated</source>
            <translation>
                <numerusform>{0}: %n zmieniony</numerusform>
                <numerusform>{0}: %n zmienione</numerusform>
                <numerusform>{0}: %n zmienionych</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/sync/report.py" line="51" />
            <source>%n {0} deleted</source>
            <translation>
                <numerusform>{0}: %n usunięty</numerusform>
                <numerusform>{0}: %n usunięte</numerusform>
                <numerusform>{0}: %n usuniętych</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/core/sync/report.py" line="53" />
            <source>%n {0} merged</source>
            <translation>
                <numerusform>{0}: %n scalony</numerusform>
                <numerusform>{0}: %n scalone</numerusform>
                <numerusform>{0}: %n scalonych</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/report.py" line="63" />
            <source>Sync cancelled; the working copy is unchanged.</source>
            <translation>Synchronizację anulowano; kopia robocza pozostała bez zmian.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/resolve.py" line="34" />
            <source>choice must be '{0}' or '{1}'</source>
            <translation>wybór musi być „{0}” lub „{1}”</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/resolve.py" line="37" />
            <source>{0} {1} has no conflicts</source>
            <translation>{0} {1} nie ma konfliktów</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/resolve.py" line="41" />
            <source>no conflict in field(s) {0}; conflicting: {1}</source>
            <translation>brak konfliktu w polach {0}; w konflikcie: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/resolve.py" line="95" />
            <source>{0} {1} has no pending change</source>
            <translation>{0} {1} nie ma oczekującej zmiany</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/task.py" line="25" />
            <source>Mapuj Pomoc: sync</source>
            <translation>Mapuj Pomoc: synchronizacja</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/task.py" line="49" />
            <source>Unexpected error during sync: {0}</source>
            <translation>Nieoczekiwany błąd podczas synchronizacji: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="170" />
            <source>The disk holding {0} is full ({1}). Nothing is lost: what failed was undone, and changes the store has not confirmed are still in the working copy. Free some space on that disk, then sync again.</source>
            <translation>Dysk z plikiem {0} jest pełny ({1}). Nic nie zginęło: to, co się nie udało, zostało wycofane, a zmiany niepotwierdzone przez magazyn są nadal w kopii roboczej. Zwolnij miejsce na tym dysku i zsynchronizuj ponownie.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="175" />
            <source>{0} is locked by another program ({1}). Close the program that has it open for writing (another QGIS, a database browser, ogr2ogr...) or let it finish, then try again. Nothing was changed.</source>
            <translation>{0} jest zablokowany przez inny program ({1}). Zamknij program, który ma go otwartego do zapisu (inny QGIS, przeglądarkę baz danych, ogr2ogr...) albo poczekaj, aż skończy, i spróbuj ponownie. Nic nie zostało zmienione.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="180" />
            <source>{0} cannot be written: the file or its folder is read-only ({1}). Make it writable, or move it to a folder you may write to, then try again. Nothing was changed.</source>
            <translation>Nie można zapisać {0}: plik lub jego folder jest tylko do odczytu ({1}). Zezwól na zapis albo przenieś plik do folderu, w którym możesz zapisywać, i spróbuj ponownie. Nic nie zostało zmienione.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="328" />
            <source>{0} is damaged or not a GeoPackage ({1}). Move it aside (rename it) and sync again: a fresh working copy is made with a first sync. Keep the damaged file: changes that were not synced yet are only in it.</source>
            <translation>{0} jest uszkodzony lub nie jest plikiem GeoPackage ({1}). Odłóż go (zmień nazwę) i zsynchronizuj ponownie: pierwsza synchronizacja utworzy nową kopię roboczą. Zachowaj uszkodzony plik: niezsynchronizowane zmiany są tylko w nim.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="216" />
            <source>Cannot create a GeoPackage at {0}. Check the folder exists and is writable.</source>
            <translation>Nie można utworzyć pliku GeoPackage {0}. Sprawdź, czy folder istnieje i czy można w nim zapisywać.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="262" />
            <source>{0} already exists; open it instead or choose another file.</source>
            <translation>{0} już istnieje; otwórz go albo wybierz inny plik.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="288" />
            <source>Cannot create a working copy at {0}: the disk is full ({1}). Free some space on that disk or choose another folder, then sync again.</source>
            <translation>Nie można utworzyć kopii roboczej {0}: dysk jest pełny ({1}). Zwolnij miejsce na tym dysku albo wybierz inny folder i zsynchronizuj ponownie.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="293" />
            <source>Cannot create a GeoPackage at {0} ({1}). Check the folder exists and is writable.</source>
            <translation>Nie można utworzyć pliku GeoPackage {0} ({1}). Sprawdź, czy folder istnieje i czy można w nim zapisywać.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="304" />
            <source>{0} belongs to the store {1}, not {2}. Use one working copy per store.</source>
            <translation>{0} należy do magazynu {1}, nie {2}. Używaj jednej kopii roboczej na magazyn.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="319" />
            <source>Cannot open {0}: {1}.</source>
            <translation>Nie można otworzyć {0}: {1}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="334" />
            <source>{0} is empty, not a Mapuj Pomoc working copy (perhaps it was cut short). Move it aside (rename it) and sync again: a fresh working copy is made.</source>
            <translation>{0} jest pusty, to nie jest kopia robocza Mapuj Pomoc (może została przerwana). Odłóż go (zmień nazwę) i zsynchronizuj ponownie: powstanie nowa kopia robocza.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="339" />
            <source>{0} is a GeoPackage but not a Mapuj Pomoc working copy. Choose another file for the working copy (a new one is made by the first sync).</source>
            <translation>{0} to plik GeoPackage, ale nie kopia robocza Mapuj Pomoc. Wybierz inny plik na kopię roboczą (nowy utworzy pierwsza synchronizacja).</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="349" />
            <source>{0} lacks the table(s) {1}: it is damaged. Move it aside (rename it) and sync again: a fresh working copy is made with a first sync. Keep the damaged file: changes that were not synced yet are only in it.</source>
            <translation>W {0} brakuje tabel {1}: plik jest uszkodzony. Odłóż go (zmień nazwę) i zsynchronizuj ponownie: pierwsza synchronizacja utworzy nową kopię roboczą. Zachowaj uszkodzony plik: niezsynchronizowane zmiany są tylko w nim.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="356" />
            <source>{0} was made by an older version of the plugin (working copy format {1}; this one reads format {2}). Sync it with that version first so no change is lost, then move it aside (rename it) and sync again: a fresh working copy is made.</source>
            <translation>{0} utworzyła starsza wersja wtyczki (format kopii roboczej {1}; ta wersja czyta format {2}). Najpierw zsynchronizuj go tamtą wersją, aby żadna zmiana nie zginęła, potem odłóż plik (zmień nazwę) i zsynchronizuj ponownie: powstanie nowa kopia robocza.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="361" />
            <source>{0} was made by a newer version of the plugin (working copy format {1}; this one reads format {2}). Update the plugin, or move the file aside (rename it) and sync again to make a fresh working copy.</source>
            <translation>{0} utworzyła nowsza wersja wtyczki (format kopii roboczej {1}; ta wersja czyta format {2}). Zaktualizuj wtyczkę albo odłóż plik (zmień nazwę) i zsynchronizuj ponownie, aby utworzyć nową kopię roboczą.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/sync/workcopy.py" line="365" />
            <source>{0} does not say which working copy format it has ({1}): it is damaged. Move it aside (rename it) and sync again: a fresh working copy is made with a first sync. Keep the damaged file: changes that were not synced yet are only in it.</source>
            <translation>{0} nie podaje formatu kopii roboczej ({1}): plik jest uszkodzony. Odłóż go (zmień nazwę) i zsynchronizuj ponownie: pierwsza synchronizacja utworzy nową kopię roboczą. Zachowaj uszkodzony plik: niezsynchronizowane zmiany są tylko w nim.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/task.py" line="42" />
            <source>{0} failed: {1}</source>
            <translation>{0} — niepowodzenie: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/basemap_addresses.py" line="19" />
            <source>Basemap addresses</source>
            <translation>Adresy podkładów</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/basemap_addresses.py" line="34" />
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/basemap_addresses.py" line="35" />
            <source>Attribution</source>
            <translation>Autorstwo</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/basemap_addresses.py" line="37" />
            <source>Empty fields use the public services. OpenStreetMap needs an address with {z}, {x} and {y}; the geoportal's maps the address of a WMS with the layer "Raster".</source>
            <translation>Puste pola oznaczają usługi publiczne. OpenStreetMap wymaga adresu z {z}, {x} i {y}; mapy geoportalu – adresu usługi WMS z warstwą „Raster”.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="181" />
            <source>Street basemap</source>
            <translation>Podkład mapowy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/basemap_menu.py" line="35" />
            <source>Basemap addresses…</source>
            <translation>Adresy podkładów…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="41" />
            <source>(area)</source>
            <translation>(obszar)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="54" />
            <source>Resolve conflict</source>
            <translation>Rozwiąż konflikt</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="62" />
            <source>&lt;b&gt;{0}&lt;/b&gt; was changed here and on the store. Choose which value to keep for each field; nothing is sent until the next sync.</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; zmieniono tutaj i na serwerze. Wybierz, którą wartość zachować w każdym polu; nic nie zostanie wysłane przed następną synchronizacją.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="142" />
            <source>Field</source>
            <translation>Pole</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="68" />
            <source>Before</source>
            <translation>Przedtem</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="68" />
            <source>Mine</source>
            <translation>Moja</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="68" />
            <source>Theirs (store)</source>
            <translation>Ich (serwer)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="68" />
            <source>Keep</source>
            <translation>Zachowaj</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="71" />
            <source>Feature deleted</source>
            <translation>Obiekt usunięty</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="158" />
            <source>Location</source>
            <translation>Położenie</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="75" />
            <source>deleted here</source>
            <translation>usunięty tutaj</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="75" />
            <source>edited here</source>
            <translation>zmieniony tutaj</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="76" />
            <source>deleted on the store</source>
            <translation>usunięty na serwerze</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="76" />
            <source>edited on the store</source>
            <translation>zmieniony na serwerze</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="85" />
            <source>mine</source>
            <translation>moja</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="85" />
            <source>theirs</source>
            <translation>ich</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="98" />
            <source>All mine</source>
            <translation>Wszystkie moje</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/conflict_dialog.py" line="99" />
            <source>All theirs</source>
            <translation>Wszystkie ich</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="30" />
            <source>the whole country</source>
            <translation>cały kraj</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="30" />
            <source>none</source>
            <translation>brak</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="32" />
            <source>Connected as {0} ({1}). Your area: {2}.</source>
            <translation>Połączono jako {0} ({1}). Twój obszar: {2}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="37" />
            <source>viewer</source>
            <translation>przeglądający</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="37" />
            <source>editor</source>
            <translation>redaktor</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="37" />
            <source>coordinator</source>
            <translation>koordynator</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="37" />
            <source>admin</source>
            <translation>administrator</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="38" />
            <source>operator</source>
            <translation>operator</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="44" />
            <source>Mapuj Pomoc – connection</source>
            <translation>Mapuj Pomoc – połączenie</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="52" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="54" />
            <source>default: {0}</source>
            <translation>domyślnie: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="55" />
            <source>Test connection</source>
            <translation>Sprawdź połączenie</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="61" />
            <source>Store address</source>
            <translation>Adres serwera</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="62" />
            <source>Authentication</source>
            <translation>Uwierzytelnianie</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="63" />
            <source>Use a 'Basic' configuration: your store user name, and the token as password.</source>
            <translation>Użyj konfiguracji „Basic”: Twoja nazwa użytkownika na serwerze, a token jako hasło.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="66" />
            <source>Working copy</source>
            <translation>Kopia robocza</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="90" />
            <source>Enter the store address first.</source>
            <translation>Najpierw wpisz adres serwera.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/connection_dialog.py" line="107" />
            <source>The store at {0} answers; reading is public. To send changes, choose an authentication configuration with your store user name and token.</source>
            <translation>Magazyn pod adresem {0} odpowiada; odczyt jest publiczny. Aby wysyłać zmiany, wybierz konfigurację uwierzytelniania z nazwą użytkownika magazynu i tokenem.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/draw_area_tool.py" line="100" />
            <source>Drawing cancelled.</source>
            <translation>Rysowanie anulowane.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/draw_area_tool.py" line="115" />
            <source>Draw at least three vertices, then right-click to finish.</source>
            <translation>Narysuj co najmniej trzy wierzchołki, a potem kliknij prawym przyciskiem, aby zakończyć.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/draw_area_tool.py" line="120" />
            <source>Draw service area</source>
            <translation>Rysuj obszar obsługi</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/draw_area_tool.py" line="126" />
            <source>The drawn area of {0} is saved; it goes to the store with the next sync.</source>
            <translation>Narysowany obszar punktu {0} jest zapisany; trafi do repozytorium przy następnej synchronizacji.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/draw_area_tool.py" line="126" />
            <source>The drawn area of {0} is in the edit buffer; save the layer's edits, then sync.</source>
            <translation>Narysowany obszar punktu {0} jest w buforze edycji; zapisz zmiany warstwy, a potem zsynchronizuj.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="92" />
            <source>Mapuj Pomoc – regional export</source>
            <translation>Mapuj Pomoc – eksport regionalny</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="101" />
            <source>Draw on the map…</source>
            <translation>Narysuj na mapie…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="174" />
            <source>No polygon drawn yet.</source>
            <translation>Nie narysowano jeszcze poligonu.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="105" />
            <source>Selected features only</source>
            <translation>Tylko zaznaczone obiekty</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="109" />
            <source>Polygon</source>
            <translation>Poligon</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="68" />
            <source>Layer</source>
            <translation>Warstwa</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="57" />
            <source>WKT column</source>
            <translation>Kolumna WKT</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="57" />
            <source>Longitude/latitude columns</source>
            <translation>Kolumny długość/szerokość geograficzna</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="124" />
            <source>With service areas (clipped to the region)</source>
            <translation>Z obszarami obsługi (przyciętymi do regionu)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="61" />
            <source>With boundaries</source>
            <translation>Z granicami</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="129" />
            <source>Add the exported layers to the project</source>
            <translation>Dodaj wyeksportowane warstwy do projektu</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="55" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="57" />
            <source>CSV geometry</source>
            <translation>Geometria w CSV</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="135" />
            <source>CRS</source>
            <translation>Układ współrzędnych</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="65" />
            <source>Output file</source>
            <translation>Plik wynikowy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="141" />
            <source>Export</source>
            <translation>Eksportuj</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="176" />
            <source>A polygon of {0} corners.</source>
            <translation>Poligon o {0} wierzchołkach.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="184" />
            <source>Draw the region on the map first.</source>
            <translation>Najpierw narysuj region na mapie.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="185" />
            <source>Drawn area</source>
            <translation>Narysowany obszar</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="253" />
            <source>Choose a region first.</source>
            <translation>Najpierw wybierz region.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="208" />
            <source>The export failed.</source>
            <translation>Eksport się nie powiódł.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="219" />
            <source>Click the corners of the region; right-click to finish, Esc to give up.</source>
            <translation>Klikaj wierzchołki regionu; prawy przycisk kończy, Esc rezygnuje.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="238" />
            <source>Choose the file to write.</source>
            <translation>Wybierz plik do zapisu.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="249" />
            <source>Exporting…</source>
            <translation>Eksportowanie…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/export_dialog.py" line="260" />
            <source>Export: {0}</source>
            <translation>Eksport: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="140" />
            <source>Help filter</source>
            <translation>Filtr pomocy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="68" />
            <source>Filter</source>
            <translation>Filtr</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="69" />
            <source>Lists</source>
            <translation>Listy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="156" />
            <source>Review</source>
            <translation>Przegląd</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="99" />
            <source>Search name, organisation, address, description…</source>
            <translation>Szukaj w nazwie, organizacji, adresie, opisie…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="107" />
            <source>Clear filter</source>
            <translation>Wyczyść filtr</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="112" />
            <source>Zoom to results</source>
            <translation>Przybliż do wyników</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="113" />
            <source>Select results</source>
            <translation>Zaznacz wyniki</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="133" />
            <source>Verified within the last</source>
            <translation>Zweryfikowane w ciągu ostatnich</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="239" />
            <source> months</source>
            <translation> mies.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="71" />
            <source>Voivodeship</source>
            <translation>Województwo</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="72" />
            <source>County</source>
            <translation>Powiat</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="73" />
            <source>Commune</source>
            <translation>Gmina</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="206" />
            <source>Region</source>
            <translation>Obszar</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="188" />
            <source>Saved lists (kept in the project)</source>
            <translation>Zapisane listy (przechowywane w projekcie)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="191" />
            <source>Save current filter…</source>
            <translation>Zapisz bieżący filtr…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="192" />
            <source>Apply</source>
            <translation>Zastosuj</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="193" />
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="200" />
            <source>Export CSV…</source>
            <translation>Eksportuj CSV…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="201" />
            <source>Export PDF list…</source>
            <translation>Eksportuj listę PDF…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="207" />
            <source>PDF list languages</source>
            <translation>Języki listy PDF</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="181" />
            <source>Polish</source>
            <translation>polski</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="181" />
            <source>Ukrainian</source>
            <translation>ukraiński</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="181" />
            <source>English</source>
            <translation>angielski</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="235" />
            <source>Not verified for more than</source>
            <translation>Niezweryfikowane od ponad</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="241" />
            <source>Find</source>
            <translation>Znajdź</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="248" />
            <source>Select on map</source>
            <translation>Zaznacz na mapie</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="249" />
            <source>Mark selected verified</source>
            <translation>Oznacz zaznaczone jako zweryfikowane</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="279" />
            <source>Indexing the aid points…</source>
            <translation>Indeksowanie punktów pomocy…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="281" />
            <source>Mapuj Pomoc: indexing aid points</source>
            <translation>Mapuj Pomoc: indeksowanie punktów pomocy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="288" />
            <source>Could not index the aid points: {0}</source>
            <translation>Nie udało się zindeksować punktów pomocy: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="318" />
            <source>(all)</source>
            <translation>(wszystkie)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="388" />
            <source>No aid point layer: sync first.</source>
            <translation>Brak warstwy punktów pomocy: najpierw zsynchronizuj.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="394" />
            <source>The filter could not be applied to the layer.</source>
            <translation>Nie udało się zastosować filtra do warstwy.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="396" />
            <source>{0} of {1} points</source>
            <translation>Punkty: {0} z {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="445" />
            <source>Save list</source>
            <translation>Zapisz listę</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="445" />
            <source>Name of the list:</source>
            <translation>Nazwa listy:</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="469" />
            <source>CSV table (*.csv)</source>
            <translation>Tabela CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="77" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="470" />
            <source>Export list</source>
            <translation>Eksportuj listę</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="477" />
            <source>Saved {0} points to {1}</source>
            <translation>Zapisano punkty ({0}) do {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="488" />
            <source>never verified</source>
            <translation>nigdy nie zweryfikowano</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="504" />
            <source>Select the points you have checked in the list.</source>
            <translation>Zaznacz na liście sprawdzone punkty.</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="507" />
            <source>%n point(s) marked verified; they are sent with the next sync.</source>
            <translation>
                <numerusform>Oznaczono %n punkt jako zweryfikowany; zostanie wysłany przy następnej synchronizacji.</numerusform>
                <numerusform>Oznaczono %n punkty jako zweryfikowane; zostaną wysłane przy następnej synchronizacji.</numerusform>
                <numerusform>Oznaczono %n punktów jako zweryfikowane; zostaną wysłane przy następnej synchronizacji.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="63" />
            <source>created</source>
            <translation>utworzono</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="47" />
            <source>changed</source>
            <translation>zmieniono</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="47" />
            <source>deleted</source>
            <translation>usunięto</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="63" />
            <source>restored</source>
            <translation>przywrócono</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="92" />
            <source>Nothing to revert: everything is as before this change.</source>
            <translation>Nie ma czego cofać: wszystko jest jak przed tą zmianą.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="93" />
            <source>Nothing left to revert:</source>
            <translation>Nie ma już czego cofać:</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="93" />
            <source>If you revert this change:</source>
            <translation>Jeśli cofniesz tę zmianę:</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="94" />
            <source>The change was reverted:</source>
            <translation>Zmiana została cofnięta:</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="95" />
            <source>Back to how they were: %n feature(s)</source>
            <translation>
                <numerusform>Powrót do poprzedniego stanu: %n obiekt</numerusform>
                <numerusform>Powrót do poprzedniego stanu: %n obiekty</numerusform>
                <numerusform>Powrót do poprzedniego stanu: %n obiektów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="95" />
            <source>Already as before: %n feature(s)</source>
            <translation>
                <numerusform>Już jak przed zmianą: %n obiekt</numerusform>
                <numerusform>Już jak przed zmianą: %n obiekty</numerusform>
                <numerusform>Już jak przed zmianą: %n obiektów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="95" />
            <source>Changed by someone else since, their values stay: %n feature(s)</source>
            <translation>
                <numerusform>Zmienione później przez kogoś innego, te wartości zostają: %n obiekt</numerusform>
                <numerusform>Zmienione później przez kogoś innego, te wartości zostają: %n obiekty</numerusform>
                <numerusform>Zmienione później przez kogoś innego, te wartości zostają: %n obiektów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="95" />
            <source>Outside your area, left alone: %n feature(s)</source>
            <translation>
                <numerusform>Poza Twoim obszarem, bez zmian: %n obiekt</numerusform>
                <numerusform>Poza Twoim obszarem, bez zmian: %n obiekty</numerusform>
                <numerusform>Poza Twoim obszarem, bez zmian: %n obiektów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="95" />
            <source>Refused by the store: %n feature(s)</source>
            <translation>
                <numerusform>Odrzucone przez serwer: %n obiekt</numerusform>
                <numerusform>Odrzucone przez serwer: %n obiekty</numerusform>
                <numerusform>Odrzucone przez serwer: %n obiektów</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="113" />
            <source>Revert it now? The revert is a new change of yours, in the history like any other.</source>
            <translation>Cofnąć ją teraz? Cofnięcie jest Twoją nową zmianą, widoczną w historii jak każda inna.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="115" />
            <source>Sync to see it in your layers.</source>
            <translation>Zsynchronizuj, aby zobaczyć to w swoich warstwach.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="123" />
            <source>Mapuj Pomoc: history</source>
            <translation>Mapuj Pomoc: historia</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="136" />
            <source>Could not load the history: {0}</source>
            <translation>Nie udało się wczytać historii: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="142" />
            <source>History of {0}</source>
            <translation>Historia: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="144" />
            <source>Loading…</source>
            <translation>Wczytywanie…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="146" />
            <source>When</source>
            <translation>Kiedy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="146" />
            <source>Who</source>
            <translation>Kto</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="146" />
            <source>What</source>
            <translation>Co</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="146" />
            <source>Old</source>
            <translation>Było</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="146" />
            <source>New</source>
            <translation>Jest</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="150" />
            <source>Revert this change…</source>
            <translation>Cofnij tę zmianę…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="151" />
            <source>Undo every edit of the selected entry's change as a new change of yours; fields someone else changed since keep their value</source>
            <translation>Cofa każdą edycję zmiany zaznaczonego wpisu jako Twoją nową zmianę; pola zmienione później przez kogoś innego zachowują jego wartość</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="197" />
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n zmiana</numerusform>
                <numerusform>%n zmiany</numerusform>
                <numerusform>%n zmian</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="217" />
            <source>This edit was not sent as a changeset; it cannot be reverted here.</source>
            <translation>Ta edycja nie została wysłana jako pakiet zmian; nie można jej tu cofnąć.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="225" />
            <source>Checking what reverting this change would do…</source>
            <translation>Sprawdzanie, co zrobi cofnięcie tej zmiany…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="230" />
            <source>Mapuj Pomoc: revert</source>
            <translation>Mapuj Pomoc: cofanie zmiany</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="250" />
            <source>Reverting…</source>
            <translation>Cofanie…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="265" />
            <source>Revert this change</source>
            <translation>Cofnij tę zmianę</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="54" />
            <source>Longitude</source>
            <translation>Długość geograficzna</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="54" />
            <source>Latitude</source>
            <translation>Szerokość geograficzna</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="54" />
            <source>X (in the CRS of the mapping)</source>
            <translation>X (w układzie z przypisania)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="55" />
            <source>Y (in the CRS of the mapping)</source>
            <translation>Y (w układzie z przypisania)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="56" />
            <source>Identifier of a point on the map</source>
            <translation>Identyfikator punktu na mapie</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="47" />
            <source>new</source>
            <translation>nowy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="61" />
            <source>update</source>
            <translation>aktualizacja</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="61" />
            <source>unchanged</source>
            <translation>bez zmian</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="62" />
            <source>probable duplicate</source>
            <translation>prawdopodobny duplikat</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="62" />
            <source>invalid</source>
            <translation>błędny</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="62" />
            <source>outside your area</source>
            <translation>poza Twoim obszarem</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="66" />
            <source>Create</source>
            <translation>Utwórz</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="66" />
            <source>Update</source>
            <translation>Zaktualizuj</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="66" />
            <source>Merge…</source>
            <translation>Scal…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="83" />
            <source>Skip</source>
            <translation>Pomiń</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="74" />
            <source>Merge row {0} into the point on the map</source>
            <translation>Scal wiersz {0} z punktem na mapie</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="77" />
            <source>Take from the list</source>
            <translation>Weź z listy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="77" />
            <source>On the map</source>
            <translation>Na mapie</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="77" />
            <source>In the list</source>
            <translation>Na liście</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="45" />
            <source>Import a list of help points</source>
            <translation>Import listy punktów pomocy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="115" />
            <source>Lists (*.csv *.txt *.xlsx *.gpkg *.geojson *.json *.shp);;All files (*)</source>
            <translation>Listy (*.csv *.txt *.xlsx *.gpkg *.geojson *.json *.shp);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="122" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="124" />
            <source>File</source>
            <translation>Plik</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="125" />
            <source>…or layer</source>
            <translation>…lub warstwa</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="126" />
            <source>Report (CSV, optional)</source>
            <translation>Raport (CSV, opcjonalnie)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="127" />
            <source>Read and check</source>
            <translation>Odczytaj i sprawdź</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="128" />
            <source>Check again</source>
            <translation>Sprawdź ponownie</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="129" />
            <source>Load mapping…</source>
            <translation>Wczytaj przypisanie…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="130" />
            <source>Save mapping…</source>
            <translation>Zapisz przypisanie…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="48" />
            <source>Import</source>
            <translation>Importuj</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="132" />
            <source>Merge fields…</source>
            <translation>Scal pola…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="140" />
            <source>Column of the list</source>
            <translation>Kolumna listy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="142" />
            <source>Value in the list</source>
            <translation>Wartość na liście</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="142" />
            <source>Means</source>
            <translation>Oznacza</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="144" />
            <source>Row</source>
            <translation>Wiersz</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="144" />
            <source>Verdict</source>
            <translation>Ocena</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="144" />
            <source>Point on the map</source>
            <translation>Punkt na mapie</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="144" />
            <source>Why</source>
            <translation>Dlaczego</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="144" />
            <source>Action</source>
            <translation>Działanie</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="154" />
            <source>Columns</source>
            <translation>Kolumny</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="155" />
            <source>Values to assign</source>
            <translation>Wartości do przypisania</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="170" />
            <source>The list could not be read.</source>
            <translation>Nie udało się odczytać listy.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="179" />
            <source>Choose a file or a layer to import.</source>
            <translation>Wybierz plik lub warstwę do importu.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="188" />
            <source>Checking the list</source>
            <translation>Sprawdzanie listy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="190" />
            <source>Reading and checking the list…</source>
            <translation>Odczytywanie i sprawdzanie listy…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="192" />
            <source>The aid points layer has unsaved edits: the list is compared with the map as last saved.</source>
            <translation>Warstwa punktów pomocy ma niezapisane zmiany: lista jest porównywana z mapą w ostatnio zapisanej postaci.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="217" />
            <source>(not in the list)</source>
            <translation>(brak na liście)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="236" />
            <source>(choose)</source>
            <translation>(wybierz)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="237" />
            <source>(leave out)</source>
            <translation>(pomiń)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="250" />
            <source> (location to check)</source>
            <translation> (położenie do sprawdzenia)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="276" />
            <source>Only a row matched to a point on the map can be merged into it.</source>
            <translation>Scalić z punktem na mapie można tylko wiersz do niego dopasowany.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="304" />
            <source>Load mapping</source>
            <translation>Wczytaj przypisanie</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="318" />
            <source>Mapping (*.json)</source>
            <translation>Przypisanie (*.json)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="318" />
            <source>Save mapping</source>
            <translation>Zapisz przypisanie</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="321" />
            <source>Mapping saved to {0}.</source>
            <translation>Przypisanie zapisano w {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/import_dialog.py" line="337" />
            <source>The layer is being edited: save it to keep the import.</source>
            <translation>Warstwa jest w trybie edycji: zapisz ją, aby zachować import.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="48" />
            <source>Current map extent</source>
            <translation>Bieżący zasięg mapy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="48" />
            <source>Drawn polygon</source>
            <translation>Narysowany poligon</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="48" />
            <source>Polygon layer</source>
            <translation>Warstwa poligonowa</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="137" />
            <source>Points</source>
            <translation>Punkty</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="140" />
            <source>The current filter</source>
            <translation>Bieżący filtr</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="140" />
            <source>All points</source>
            <translation>Wszystkie punkty</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="141" />
            <source>A saved list</source>
            <translation>Zapisana lista</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="168" />
            <source>Mapuj Pomoc – print map</source>
            <translation>Mapuj Pomoc – drukuj mapę</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="125" />
            <source>A4 portrait</source>
            <translation>A4 pionowo</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="125" />
            <source>A3 landscape</source>
            <translation>A3 poziomo</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="183" />
            <source>One page per commune (atlas)</source>
            <translation>Jedna strona na gminę (atlas)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="197" />
            <source>Open the PDF when it is ready</source>
            <translation>Otwórz PDF, gdy będzie gotowy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="60" />
            <source>Template</source>
            <translation>Szablon</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="209" />
            <source>Title</source>
            <translation>Tytuł</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="210" />
            <source>PDF file</source>
            <translation>Plik PDF</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="213" />
            <source>Print PDF</source>
            <translation>Drukuj PDF</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="215" />
            <source>Open in layout designer</source>
            <translation>Otwórz w edytorze wydruku</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="247" />
            <source>There is no map to take the extent from.</source>
            <translation>Nie ma mapy, z której można wziąć zasięg.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="266" />
            <source>Printing failed.</source>
            <translation>Drukowanie się nie powiodło.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="274" />
            <source>Choose the PDF file to write.</source>
            <translation>Wybierz plik PDF do zapisu.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="286" />
            <source>Printing…</source>
            <translation>Drukowanie…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="303" />
            <source>The layout "{0}" is in the project's layouts.</source>
            <translation>Wydruk „{0}” jest w wydrukach projektu.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="95" />
            <source>Draw</source>
            <translation>Rysowanie</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="96" />
            <source>Distance</source>
            <translation>Odległość</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="97" />
            <source>Travel time</source>
            <translation>Czas dojazdu</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="112" />
            <source>Selected aid points</source>
            <translation>Zaznaczone punkty pomocy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="113" />
            <source>Aid points of the chosen help types (none chosen: all)</source>
            <translation>Punkty wybranych rodzajów pomocy (bez wyboru: wszystkie)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="139" />
            <source>Draw the area of the selected point</source>
            <translation>Narysuj obszar zaznaczonego punktu</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="143" />
            <source>Left click adds a vertex, right click or Enter finishes, Backspace takes back the last vertex, Esc cancels. The area replaces the point's earlier drawn area and is sent to the store with the next sync.</source>
            <translation>Lewy przycisk dodaje wierzchołek, prawy przycisk lub Enter kończy, Backspace cofa ostatni wierzchołek, Esc anuluje. Obszar zastępuje wcześniej narysowany obszar punktu i trafia do repozytorium przy następnej synchronizacji.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="155" />
            <source>One or more distances in metres, separated by commas</source>
            <translation>Jedna lub więcej odległości w metrach, oddzielonych przecinkami</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="156" />
            <source>Distances (m)</source>
            <translation>Odległości (m)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="157" />
            <source>Save as the points' service areas (synced)</source>
            <translation>Zapisz jako obszary obsługi punktów (synchronizowane)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="159" />
            <source>Make buffers</source>
            <translation>Utwórz bufory</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="162" />
            <source>Circles are computed in EPSG:2180 (PUWG 1992) and saved in EPSG:4326.</source>
            <translation>Okręgi są liczone w EPSG:2180 (PUWG 1992) i zapisywane w EPSG:4326.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="174" />
            <source>Roads</source>
            <translation>Drogi</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="176" />
            <source>Road class field</source>
            <translation>Pole klasy drogi</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="229" />
            <source>Walk</source>
            <translation>Pieszo</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="229" />
            <source>Drive</source>
            <translation>Samochodem</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="229" />
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="182" />
            <source>One or more thresholds in minutes, separated by commas</source>
            <translation>Jeden lub więcej progów w minutach, oddzielonych przecinkami</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="183" />
            <source>Minutes</source>
            <translation>Minuty</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="188" />
            <source>Cell size</source>
            <translation>Rozmiar komórki</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="191" />
            <source>Road class</source>
            <translation>Klasa drogi</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="191" />
            <source>km/h</source>
            <translation>km/h</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="192" />
            <source>km/h (0: not used)</source>
            <translation>km/h (0: nieużywana)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="265" />
            <source>Coverage gaps</source>
            <translation>Luki w dostępności</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="207" />
            <source>Only the selected region features</source>
            <translation>Tylko zaznaczone obiekty regionu</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="243" />
            <source>Population (optional)</source>
            <translation>Ludność (opcjonalnie)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="246" />
            <source>Population field</source>
            <translation>Pole liczby ludności</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="219" />
            <source>Save each point's area (largest threshold) as its service area (synced)</source>
            <translation>Zapisz obszar każdego punktu (największy próg) jako jego obszar obsługi (synchronizowany)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="222" />
            <source>Compute</source>
            <translation>Oblicz</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/task_dialog.py" line="33" />
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="346" />
            <source>Sync first: there are no aid points of a working copy in the project.</source>
            <translation>Najpierw zsynchronizuj: w projekcie nie ma punktów pomocy z kopii roboczej.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="334" />
            <source>Select aid points on the map first.</source>
            <translation>Najpierw zaznacz punkty pomocy na mapie.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="372" />
            <source>Select one aid point on the map to draw its area.</source>
            <translation>Zaznacz jeden punkt pomocy na mapie, aby narysować jego obszar.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="350" />
            <source>Aid point: {0}</source>
            <translation>Punkt pomocy: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="355" />
            <source>%n point(s) selected</source>
            <translation>
                <numerusform>Zaznaczono %n punkt</numerusform>
                <numerusform>Zaznaczono %n punkty</numerusform>
                <numerusform>Zaznaczono %n punktów</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="395" />
            <source>Draw the area of {0} on the map.</source>
            <translation>Narysuj na mapie obszar punktu {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="400" />
            <source>Drawn area saved; sync to send it to the store.</source>
            <translation>Narysowany obszar zapisany; zsynchronizuj, aby wysłać go do repozytorium.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="171" />
            <source>the distances</source>
            <translation>odległości</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="428" />
            <source>Buffers {0} m</source>
            <translation>Bufory {0} m</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="431" />
            <source>%n buffer(s)</source>
            <translation>
                <numerusform>%n bufor</numerusform>
                <numerusform>%n bufory</numerusform>
                <numerusform>%n buforów</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="431" />
            <source>around %n point(s).</source>
            <translation>
                <numerusform>wokół %n punktu.</numerusform>
                <numerusform>wokół %n punktów.</numerusform>
                <numerusform>wokół %n punktów.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="442" />
            <source>A computation is already running.</source>
            <translation>Obliczenia już trwają.</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="454" />
            <source>Computing travel-time areas for %n point(s)…</source>
            <translation>
                <numerusform>Obliczanie obszarów czasu dojazdu dla %n punktu…</numerusform>
                <numerusform>Obliczanie obszarów czasu dojazdu dla %n punktów…</numerusform>
                <numerusform>Obliczanie obszarów czasu dojazdu dla %n punktów…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="462" />
            <source>Add a road line layer to the project (e.g. OSM lines) and choose it.</source>
            <translation>Dodaj do projektu liniową warstwę dróg (np. linie OSM) i wybierz ją.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="465" />
            <source>Choose the field that holds the road class.</source>
            <translation>Wybierz pole z klasą drogi.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="475" />
            <source>Choose the region layer for the coverage gaps.</source>
            <translation>Wybierz warstwę regionu dla luk w dostępności.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="329" />
            <source>Choose the population field.</source>
            <translation>Wybierz pole liczby ludności.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="511" />
            <source>Travel time: {0}</source>
            <translation>Czas dojazdu: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="514" />
            <source>Nearest aid point: {0}</source>
            <translation>Najbliższy punkt pomocy: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="518" />
            <source>%n travel-time band(s).</source>
            <translation>
                <numerusform>%n strefa czasu dojazdu.</numerusform>
                <numerusform>%n strefy czasu dojazdu.</numerusform>
                <numerusform>%n stref czasu dojazdu.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="518" />
            <source>%n point area(s).</source>
            <translation>
                <numerusform>%n obszar najbliższego punktu.</numerusform>
                <numerusform>%n obszary najbliższego punktu.</numerusform>
                <numerusform>%n obszarów najbliższego punktu.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="522" />
            <source>Coverage gaps: {0}</source>
            <translation>Luki w dostępności: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="527" />
            <source>Not covered within {0} min: {1:,.0f} people.</source>
            <translation>Poza zasięgiem {0} min: {1:,.0f} osób.</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="530" />
            <source>Left out %n point(s) farther than {0:g} m from every road.</source>
            <translation>
                <numerusform>Pominięto %n punkt położony dalej niż {0:g} m od każdej drogi.</numerusform>
                <numerusform>Pominięto %n punkty położone dalej niż {0:g} m od każdej drogi.</numerusform>
                <numerusform>Pominięto %n punktów położonych dalej niż {0:g} m od każdej drogi.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="541" />
            <source>Mapuj Pomoc – service areas</source>
            <translation>Mapuj Pomoc – obszary obsługi</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="559" />
            <source>Not saved: there is no service areas layer of a working copy in the project.</source>
            <translation>Nie zapisano: w projekcie nie ma warstwy obszarów obsługi z kopii roboczej.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="563" />
            <source>Not saved: {0}</source>
            <translation>Nie zapisano: {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="565" />
            <source>%n service area(s) saved; sync to send them to the store.</source>
            <translation>
                <numerusform>Zapisano %n obszar obsługi; zsynchronizuj, aby wysłać go do repozytorium.</numerusform>
                <numerusform>Zapisano %n obszary obsługi; zsynchronizuj, aby wysłać je do repozytorium.</numerusform>
                <numerusform>Zapisano %n obszarów obsługi; zsynchronizuj, aby wysłać je do repozytorium.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/service_area_dock.py" line="567" />
            <source>%n area(s) not saved: {0}</source>
            <translation>
                <numerusform>Nie zapisano %n obszaru: {0}</numerusform>
                <numerusform>Nie zapisano %n obszarów: {0}</numerusform>
                <numerusform>Nie zapisano %n obszarów: {0}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="52" />
            <source>Mapuj Pomoc – sync</source>
            <translation>Mapuj Pomoc – synchronizacja</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="137" />
            <source>Sync</source>
            <translation>Synchronizuj</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="70" />
            <source>Change</source>
            <translation>Zmiana</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="69" />
            <source>Fields</source>
            <translation>Pola</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="70" />
            <source>Reason</source>
            <translation>Powód</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="73" />
            <source>Pending</source>
            <translation>Oczekujące</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="73" />
            <source>Conflicts</source>
            <translation>Konflikty</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="73" />
            <source>Refused</source>
            <translation>Odrzucone</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="73" />
            <source>Log</source>
            <translation>Dziennik</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="78" />
            <source>Discard change</source>
            <translation>Odrzuć zmianę</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="79" />
            <source>Restore the selected feature as it was at the last sync</source>
            <translation>Przywróć zaznaczony obiekt do stanu z ostatniej synchronizacji</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="80" />
            <source>Resolve…</source>
            <translation>Rozwiąż…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="81" />
            <source>History of selected point</source>
            <translation>Historia zaznaczonego punktu</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="166" />
            <source>Not synced yet.</source>
            <translation>Jeszcze nie synchronizowano.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="158" />
            <source>deleted on one side</source>
            <translation>usunięty po jednej stronie</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="166" />
            <source>Last sync: {0}</source>
            <translation>Ostatnia synchronizacja: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="210" />
            <source>Pending ({0})</source>
            <translation>Oczekujące ({0})</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="211" />
            <source>Conflicts ({0})</source>
            <translation>Konflikty ({0})</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="212" />
            <source>Refused ({0})</source>
            <translation>Odrzucone ({0})</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="228" />
            <source>Sync started.</source>
            <translation>Rozpoczęto synchronizację.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="236" />
            <source>Refused: {0}</source>
            <translation>Odrzucono: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="258" />
            <source>Select the changes to discard in the Pending or Refused list.</source>
            <translation>Zaznacz zmiany do odrzucenia na liście Oczekujące lub Odrzucone.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="268" />
            <source>Discarded the local change of {0}.</source>
            <translation>Odrzucono lokalną zmianę obiektu {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="277" />
            <source>Select a feature in the Conflicts list.</source>
            <translation>Zaznacz obiekt na liście Konflikty.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="294" />
            <source>Select one aid point on the map to see its history.</source>
            <translation>Zaznacz na mapie jeden punkt pomocy, aby zobaczyć jego historię.</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/sync_runner.py" line="23" />
            <source>Sync finished: %n change(s) received,</source>
            <translation>
                <numerusform>Synchronizacja zakończona: odebrano %n zmianę,</numerusform>
                <numerusform>Synchronizacja zakończona: odebrano %n zmiany,</numerusform>
                <numerusform>Synchronizacja zakończona: odebrano %n zmian,</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/sync_runner.py" line="23" />
            <source>%n change(s) sent.</source>
            <translation>
                <numerusform>wysłano %n zmianę.</numerusform>
                <numerusform>wysłano %n zmiany.</numerusform>
                <numerusform>wysłano %n zmian.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/sync_runner.py" line="27" />
            <source>%n change(s) refused by the store; see the Sync panel.</source>
            <translation>
                <numerusform>Serwer odrzucił %n zmianę; szczegóły w panelu synchronizacji.</numerusform>
                <numerusform>Serwer odrzucił %n zmiany; szczegóły w panelu synchronizacji.</numerusform>
                <numerusform>Serwer odrzucił %n zmian; szczegóły w panelu synchronizacji.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/gui/sync_runner.py" line="29" />
            <source>%n feature(s) with conflicts to resolve.</source>
            <translation>
                <numerusform>%n obiekt z konfliktami do rozwiązania.</numerusform>
                <numerusform>%n obiekty z konfliktami do rozwiązania.</numerusform>
                <numerusform>%n obiektów z konfliktami do rozwiązania.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_runner.py" line="58" />
            <source>A sync is already running.</source>
            <translation>Synchronizacja już trwa.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_runner.py" line="62" />
            <source>Set the store address and authentication in Mapuj Pomoc &gt; Connection settings first.</source>
            <translation>Najpierw ustaw adres serwera i uwierzytelnianie w Mapuj Pomoc &gt; Ustawienia połączenia.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/task_dialog.py" line="35" />
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="73" />
            <source>Public version</source>
            <translation>Wersja publiczna</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="73" />
            <source>Staff version</source>
            <translation>Wersja dla pracowników</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/version_choice.py" line="18" />
            <source>Public version: staff-only points are left out and approximate ones are shown at their commune, without street, house number and postcode. Staff version: every point exactly, for people who may see them.</source>
            <translation>Wersja publiczna: punkty tylko dla pracowników są pominięte, a punkty o przybliżonej lokalizacji pokazane w swojej gminie, bez ulicy, numeru domu i kodu pocztowego. Wersja dla pracowników: każdy punkt dokładnie, dla osób, które mogą go widzieć.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="50" />
            <source>Icon {name} not found</source>
            <translation>Nie znaleziono ikony {name}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="98" />
            <source>Could not load the translation {path}</source>
            <translation>Nie udało się wczytać tłumaczenia {path}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/provider.py" line="46" />
            <source>Mapuj Pomoc</source>
            <translation>Mapuj Pomoc</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="134" />
            <source>Connection settings…</source>
            <translation>Ustawienia połączenia…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="134" />
            <source>Address of the Mapuj Pomoc store and your account</source>
            <translation>Adres serwera Mapuj Pomoc i Twoje konto</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="137" />
            <source>Send your edits to the store and fetch the changes of others</source>
            <translation>Wyślij swoje zmiany na serwer i pobierz zmiany innych</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="140" />
            <source>Find help by type, language, form, status, region and text</source>
            <translation>Znajdź pomoc według rodzaju, języka, formy, statusu, obszaru i tekstu</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="143" />
            <source>Draw service areas, distance buffers, travel-time areas and coverage gaps</source>
            <translation>Rysuj obszary obsługi, bufory odległości, obszary czasu dojazdu i luki w dostępności</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="146" />
            <source>Sync panel</source>
            <translation>Panel synchronizacji</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="146" />
            <source>Pending changes, conflicts, refusals and history</source>
            <translation>Oczekujące zmiany, konflikty, odrzucenia i historia</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="149" />
            <source>Print map…</source>
            <translation>Drukuj mapę…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="149" />
            <source>Print a map of the aid points of a region to PDF, with a Polish and Ukrainian legend</source>
            <translation>Wydrukuj do PDF mapę punktów pomocy regionu, z legendą po polsku i ukraińsku</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="152" />
            <source>Regional export…</source>
            <translation>Eksport regionalny…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="152" />
            <source>Export the aid points of a region to GeoPackage, GeoJSON, CSV, XLSX or KML</source>
            <translation>Wyeksportuj punkty pomocy regionu do GeoPackage, GeoJSON, CSV, XLSX lub KML</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="155" />
            <source>Import a list…</source>
            <translation>Importuj listę…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="155" />
            <source>Add help points from a spreadsheet or layer of an NGO or a commune, without duplicates</source>
            <translation>Dodaj punkty pomocy z arkusza lub warstwy organizacji albo gminy, bez duplikatów</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="159" />
            <source>About</source>
            <translation>O wtyczce</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="159" />
            <source>About the Mapuj Pomoc plugin</source>
            <translation>O wtyczce Mapuj Pomoc</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="181" />
            <source>Put a street map, topographic map or orthophoto under the aid points</source>
            <translation>Podłóż pod punkty pomocy mapę ulic, mapę topograficzną lub ortofotomapę</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="271" />
            <source>Sync first: the filter works on the aid points of your working copy.</source>
            <translation>Najpierw zsynchronizuj: filtr działa na punktach pomocy z Twojej kopii roboczej.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="329" />
            <source>Sync first: printing and export work on the aid points of your working copy.</source>
            <translation>Najpierw zsynchronizuj: drukowanie i eksport działają na punktach pomocy z Twojej kopii roboczej.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="350" />
            <source>Sync first: the import adds to the aid points of your working copy.</source>
            <translation>Najpierw zsynchronizuj: import dodaje do punktów pomocy Twojej kopii roboczej.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="387" />
            <source>Help points for refugees from Ukraine in Poland: load the shared layer, keep the entries of your area up to date and sync them with the central store.</source>
            <translation>Punkty pomocy dla uchodźców z Ukrainy w Polsce: wczytaj wspólną warstwę, aktualizuj wpisy ze swojego obszaru i synchronizuj je z serwerem centralnym.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="390" />
            <source>Licence: GNU GPL v2 or later.</source>
            <translation>Licencja: GNU GPL w wersji 2 lub nowszej.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="397" />
            <source>About Mapuj Pomoc</source>
            <translation>Informacje o Mapuj Pomoc</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="43" />
            <source>Regional export of aid points</source>
            <translation>Eksport regionalny punktów pomocy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="46" />
            <source>Exports the aid points of a voivodeship, county or commune (TERYT code) or of any polygons, kept by a filter, to GeoPackage (with the layer styles embedded), GeoJSON, CSV (WKT or longitude/latitude), XLSX or KML, with the help-type labels in Polish and Ukrainian. Service areas and boundaries may come along, clipped to the region. GeoJSON and CSV put each extra layer in a file of its own beside the output.</source>
            <translation>Eksportuje punkty pomocy województwa, powiatu lub gminy (kod TERYT) albo dowolnych poligonów, wybrane filtrem, do GeoPackage (z zapisanymi stylami warstw), GeoJSON, CSV (WKT lub długość/szerokość), XLSX lub KML, z nazwami rodzajów pomocy po polsku i ukraińsku. Mogą im towarzyszyć obszary obsługi i granice, przycięte do regionu. GeoJSON i CSV zapisują każdą dodatkową warstwę we własnym pliku obok wyniku.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="60" />
            <source>With service areas</source>
            <translation>Z obszarami obsługi</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="62" />
            <source>CRS (GeoPackage and CSV with WKT; the other formats are always EPSG:4326)</source>
            <translation>Układ współrzędnych (GeoPackage i CSV z WKT; pozostałe formaty zawsze EPSG:4326)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/export_algorithm.py" line="68" />
            <source>Aid points exported</source>
            <translation>Wyeksportowane punkty pomocy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="57" />
            <source>Imports a spreadsheet or layer of help points (CSV in any encoding and delimiter, XLSX, GeoPackage, GeoJSON or a point layer of the project) into the working copy as edits, to be sent with the next sync. Columns are recognised by their names in Polish, Ukrainian or English, or taken from a saved mapping; help types and the other lists from their labels. Rows are placed by longitude/latitude, X/Y in the given CRS or the centre of their commune (to be checked). Each row is new, an update of a point on the map or a probable duplicate; rows that break the rules or lie outside your area are refused. The report lists what was done with each row and why.</source>
            <translation>Importuje arkusz lub warstwę punktów pomocy (CSV w dowolnym kodowaniu i z dowolnym separatorem, XLSX, GeoPackage, GeoJSON lub warstwę punktową projektu) do kopii roboczej jako edycje, wysyłane przy następnej synchronizacji. Kolumny są rozpoznawane po nazwach po polsku, ukraińsku lub angielsku albo brane z zapisanego przypisania; rodzaje pomocy i inne listy po ich etykietach. Wiersze są umieszczane według długości/szerokości geograficznej, X/Y w podanym układzie lub w środku ich gminy (do sprawdzenia). Każdy wiersz jest nowy, jest aktualizacją punktu na mapie albo prawdopodobnym duplikatem; wiersze łamiące zasady lub leżące poza Twoim obszarem są odrzucane. Raport podaje, co zrobiono z każdym wierszem i dlaczego.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="59" />
            <source>Working copy (GeoPackage)</source>
            <translation>Kopia robocza (GeoPackage)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="68" />
            <source>List to import (CSV, XLSX, GeoPackage, GeoJSON)</source>
            <translation>Lista do importu (CSV, XLSX, GeoPackage, GeoJSON)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="70" />
            <source>…or a layer of the project (used when no file is given)</source>
            <translation>…lub warstwa projektu (gdy nie podano pliku)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="73" />
            <source>Sheet or layer in the file (empty: the first)</source>
            <translation>Arkusz lub warstwa w pliku (puste: pierwsza)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="75" />
            <source>Saved column mapping (JSON)</source>
            <translation>Zapisane przypisanie kolumn (JSON)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="77" />
            <source>CRS of X/Y columns</source>
            <translation>Układ współrzędnych kolumn X/Y</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="79" />
            <source>Distance within which a similar name is a probable duplicate (metres)</source>
            <translation>Odległość, w której podobna nazwa oznacza prawdopodobny duplikat (metry)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="83" />
            <source>Probable duplicates</source>
            <translation>Prawdopodobne duplikaty</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="83" />
            <source>Merge: fill the empty fields of the point on the map</source>
            <translation>Scal: uzupełnij puste pola punktu na mapie</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="83" />
            <source>Create anyway</source>
            <translation>Utwórz mimo to</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="87" />
            <source>Update points already on the map</source>
            <translation>Aktualizuj punkty już obecne na mapie</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="88" />
            <source>Only plan and report, write nothing</source>
            <translation>Tylko zaplanuj i zrób raport, nic nie zapisuj</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="90" />
            <source>Import report</source>
            <translation>Raport z importu</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="102" />
            <source>Give a file or a layer to import.</source>
            <translation>Podaj plik lub warstwę do importu.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="117" />
            <source>Import cancelled.</source>
            <translation>Import anulowano.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="122" />
            <source>Rows: {0} new, {1} updates, {2} unchanged, {3} probable duplicates, {4} invalid, {5} outside your area</source>
            <translation>Wiersze: nowe: {0}, aktualizacje: {1}, bez zmian: {2}, prawdopodobne duplikaty: {3}, błędne: {4}, poza Twoim obszarem: {5}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/import_algorithm.py" line="126" />
            <source>Row {0} ({1}) refused: {2}</source>
            <translation>Wiersz {0} ({1}) odrzucony: {2}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="48" />
            <source>Print map of aid points (PDF)</source>
            <translation>Drukuj mapę punktów pomocy (PDF)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="51" />
            <source>Prints the aid points of a region, kept by a filter, to a PDF: map, a legend of the help types shown with their icons and labels in two languages, a numbered table of the points (name, address, phone, opening hours, help types), scale bar, north arrow, date and source. With 'atlas', one page per commune of the region.</source>
            <translation>Drukuje do PDF punkty pomocy regionu wybrane filtrem: mapa, legenda pokazanych rodzajów pomocy z ikonami i nazwami w dwóch językach, ponumerowana tabela punktów (nazwa, adres, telefon, godziny otwarcia, rodzaje pomocy), podziałka, strzałka północy, data i źródło. Z opcją „atlas” – jedna strona na każdą gminę regionu.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="59" />
            <source>Atlas: one page per commune</source>
            <translation>Atlas: jedna strona na gminę</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="62" />
            <source>…or a template file (.qpt with the same item ids)</source>
            <translation>…albo plik szablonu (.qpt z tymi samymi identyfikatorami elementów)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="67" />
            <source>Title (empty: the default)</source>
            <translation>Tytuł (puste: domyślny)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="71" />
            <source>…or the address of XYZ tiles ({z}/{x}/{y})</source>
            <translation>…albo adres kafli XYZ ({z}/{x}/{y})</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="73" />
            <source>…or a layer of the project as the basemap</source>
            <translation>…albo warstwa projektu jako podkład</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="75" />
            <source>Basemap attribution (empty: the basemap's own)</source>
            <translation>Autorstwo podkładu (puste: jego własne)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="77" />
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="78" />
            <source>Pages</source>
            <translation>Strony</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="79" />
            <source>Aid points printed</source>
            <translation>Wydrukowane punkty pomocy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/provider.py" line="37" />
            <source>Processing algorithm {0} is not available: {1}</source>
            <translation>Algorytm Processing {0} jest niedostępny: {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/provider.py" line="49" />
            <source>Mapuj Pomoc: help points for refugees from Ukraine</source>
            <translation>Mapuj Pomoc: punkty pomocy dla uchodźców z Ukrainy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="38" />
            <source>Print and export</source>
            <translation>Wydruk i eksport</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="61" />
            <source>Region: TERYT code (2 digits voivodeship, 4 county, 7 commune)</source>
            <translation>Region: kod TERYT (2 cyfry województwo, 4 powiat, 7 gmina)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="63" />
            <source>…or region polygons (drawn or from a layer; used when no TERYT code is given)</source>
            <translation>…albo poligony regionu (narysowane lub z warstwy; gdy nie podano kodu TERYT)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="66" />
            <source>Filter: a saved list of the project, a filter as JSON, or an SQL condition (empty: all points)</source>
            <translation>Filtr: zapisana lista projektu, filtr w JSON lub warunek SQL (puste: wszystkie punkty)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="73" />
            <source>Version: public (staff-only points left out, approximate ones at their commune) or staff (every point exactly)</source>
            <translation>Wersja: publiczna (bez punktów tylko dla pracowników, punkty przybliżone w swojej gminie) albo dla pracowników (każdy punkt dokładnie)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="111" />
            <source>Give the region as a TERYT code or as polygons.</source>
            <translation>Podaj region jako kod TERYT albo jako poligony.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="114" />
            <source>The region layer has no polygons.</source>
            <translation>Warstwa regionu nie ma poligonów.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/region_parameters.py" line="136" />
            <source>The filter is not valid JSON: {0}</source>
            <translation>Filtr nie jest poprawnym JSON: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="63" />
            <source>Aid points (a working copy's aid_points or any point layer)</source>
            <translation>Punkty pomocy (aid_points z kopii roboczej lub dowolna warstwa punktowa)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="66" />
            <source>Only points of these help types (none: all points)</source>
            <translation>Tylko punkty tych rodzajów pomocy (brak: wszystkie punkty)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="69" />
            <source>Point identifier field (default: uuid when there is one, else the feature id)</source>
            <translation>Pole identyfikatora punktu (domyślnie: uuid, jeśli jest, w przeciwnym razie identyfikator obiektu)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="75" />
            <source>Also save the areas as the points' service areas in this working copy (optional)</source>
            <translation>Zapisz też obszary jako obszary obsługi punktów w tej kopii roboczej (opcjonalnie)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="84" />
            <source>The aid points cannot be read.</source>
            <translation>Nie można odczytać punktów pomocy.</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="91" />
            <source>%n aid point(s).</source>
            <translation>
                <numerusform>%n punkt pomocy.</numerusform>
                <numerusform>%n punkty pomocy.</numerusform>
                <numerusform>%n punktów pomocy.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="103" />
            <source>The service areas could not be saved in {0}: {1}</source>
            <translation>Nie udało się zapisać obszarów obsługi w {0}: {1}</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="107" />
            <source>%n service area(s) saved in the working copy; sync to send them to the store.</source>
            <translation>
                <numerusform>Zapisano %n obszar obsługi w kopii roboczej; zsynchronizuj, aby wysłać go do repozytorium.</numerusform>
                <numerusform>Zapisano %n obszary obsługi w kopii roboczej; zsynchronizuj, aby wysłać je do repozytorium.</numerusform>
                <numerusform>Zapisano %n obszarów obsługi w kopii roboczej; zsynchronizuj, aby wysłać je do repozytorium.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="142" />
            <source>Service areas: distance buffers</source>
            <translation>Obszary obsługi: bufory odległości</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="151" />
            <source>Circles of one or more radii (metres) around aid points, computed in EPSG:2180 (PUWG 1992). Output fields: aid_point_id, metres. Given a working copy, each circle is also saved there as the point's service area of kind buffer (replacing an earlier one of the same radius) and is sent to the store with the next sync.</source>
            <translation>Okręgi o jednym lub kilku promieniach (w metrach) wokół punktów pomocy, liczone w EPSG:2180 (PUWG 1992). Pola wyniku: aid_point_id, metres. Po podaniu kopii roboczej każdy okrąg jest w niej także zapisywany jako obszar obsługi punktu rodzaju buffer (zastępując wcześniejszy o tym samym promieniu) i trafia do repozytorium przy następnej synchronizacji.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="161" />
            <source>Distances in metres, separated by commas</source>
            <translation>Odległości w metrach, oddzielone przecinkami</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="164" />
            <source>Buffers</source>
            <translation>Bufory</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="264" />
            <source>Service areas saved in the working copy</source>
            <translation>Obszary obsługi zapisane w kopii roboczej</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="202" />
            <source>Service areas: travel time over roads</source>
            <translation>Obszary obsługi: czas dojazdu po drogach</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="211" />
            <source>Travel-time areas of aid points over any road line layer: OSM lines (class field highway, one-way streets and access tags read from other_tags), BDOT10k (KLASA_DROG) or any layer with a class field whose classes get speeds as class=km/h. Walk (5 km/h) or drive (a speed per road class, one-way streets honoured). One search from all points at once gives the isochrone bands (field minutes: 0–5, 5–10, 10–15…), the area each point is nearest to within the largest threshold (field aid_point_id) and, with a region, the coverage gaps (field minutes; with a population layer the people not covered). Given a working copy, each point's area is saved there as its service area of kind network.</source>
            <translation>Obszary czasu dojazdu do punktów pomocy po dowolnej liniowej warstwie dróg: linie OSM (pole klasy highway, ulice jednokierunkowe i ograniczenia dostępu z other_tags), BDOT10k (KLASA_DROG) lub dowolna warstwa z polem klasy, której klasom nadaje się prędkości jako klasa=km/h. Pieszo (5 km/h) lub samochodem (prędkość dla każdej klasy drogi, z uwzględnieniem ulic jednokierunkowych). Jedno wyszukiwanie od wszystkich punktów naraz daje strefy izochron (pole minutes: 0–5, 5–10, 10–15…), obszar, do którego każdy punkt jest najbliżej w największym progu (pole aid_point_id), a z regionem także luki w dostępności (pole minutes; z warstwą ludności liczba osób poza zasięgiem). Po podaniu kopii roboczej obszar każdego punktu jest w niej zapisywany jako jego obszar obsługi rodzaju network.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="224" />
            <source>Roads (lines)</source>
            <translation>Drogi (linie)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="226" />
            <source>Road class field (default: highway)</source>
            <translation>Pole klasy drogi (domyślnie: highway)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="231" />
            <source>Speeds per road class, km/h (e.g. residential=20, primary=40; 0 leaves a class out)</source>
            <translation>Prędkości dla klas dróg, km/h (np. residential=20, primary=40; 0 pomija klasę)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="234" />
            <source>One-way field (yes/-1/no; default: OSM tags)</source>
            <translation>Pole jednokierunkowości (yes/-1/no; domyślnie: tagi OSM)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="238" />
            <source>Minutes, separated by commas</source>
            <translation>Minuty, oddzielone przecinkami</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="240" />
            <source>Region for coverage gaps</source>
            <translation>Region dla luk w dostępności</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="249" />
            <source>Cell size (m)</source>
            <translation>Rozmiar komórki (m)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="252" />
            <source>Leave out points farther from every road than (m)</source>
            <translation>Pomiń punkty dalsze od każdej drogi niż (m)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="255" />
            <source>Metric CRS of the computation and the outputs (default: EPSG:2180)</source>
            <translation>Metryczny układ współrzędnych obliczeń i wyników (domyślnie: EPSG:2180)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="260" />
            <source>Isochrones</source>
            <translation>Izochrony</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="262" />
            <source>Nearest aid point areas</source>
            <translation>Obszary najbliższych punktów pomocy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="268" />
            <source>People not covered within the largest threshold</source>
            <translation>Osoby poza zasięgiem największego progu</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="280" />
            <source>The roads cannot be read.</source>
            <translation>Nie można odczytać dróg.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="296" />
            <source>Road graph: {0} nodes, {1} edges.</source>
            <translation>Graf dróg: węzły: {0}, krawędzie: {1}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="299" />
            <source>Left out %n point(s) too far from every road.</source>
            <translation>
                <numerusform>Pominięto %n punkt położony zbyt daleko od każdej drogi.</numerusform>
                <numerusform>Pominięto %n punkty położone zbyt daleko od każdej drogi.</numerusform>
                <numerusform>Pominięto %n punktów położonych zbyt daleko od każdej drogi.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="314" />
            <source>Choose a projected CRS in metres, e.g. EPSG:2180.</source>
            <translation>Wybierz odwzorowany układ współrzędnych w metrach, np. EPSG:2180.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="325" />
            <source>Choose the region for the coverage gaps.</source>
            <translation>Wybierz region dla luk w dostępności.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="358" />
            <source>Farther than {0:g} min: {1:.2f} km²</source>
            <translation>Dalej niż {0:g} min: {1:.2f} km²</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="358" />
            <source>{0:,.0f} people</source>
            <translation>{0:,.0f} osób</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="371" />
            <source>Service areas: coverage gaps</source>
            <translation>Obszary obsługi: luki w dostępności</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/service_area_algorithms.py" line="374" />
            <source>The parts of a region (a commune, a county or any polygons) farther than T minutes, over the roads, from every aid point of the chosen help types; one feature per threshold (field minutes). With a population layer (points, or polygons counted at their centroid) and its field, the number of people not covered (field population).</source>
            <translation>Części regionu (gminy, powiatu lub dowolnych poligonów) dalej niż T minut drogą od każdego punktu pomocy wybranych rodzajów; jeden obiekt na próg (pole minutes). Z warstwą ludności (punkty lub poligony liczone w centroidzie) i jej polem — liczba osób poza zasięgiem (pole population).</translation>
        </message>
    </context>
</TS>