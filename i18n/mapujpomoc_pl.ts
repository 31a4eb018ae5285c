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
            <translation>Punkty pomocy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="128" />
            <source>Service areas</source>
            <translation>Obszary obsługi</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="129" />
            <source>My area</source>
            <translation>Mój obszar</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="53" />
            <source>Communes</source>
            <translation>Gminy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="53" />
            <source>Counties</source>
            <translation>Powiaty</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="53" />
            <source>Voivodeships</source>
            <translation>Województwa</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="54" />
            <source>Catalog</source>
            <translation>Katalog</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="59" />
            <source>Identifier</source>
            <translation>Identyfikator</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="66" />
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="59" />
            <source>Organisation</source>
            <translation>Organizacja</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="60" />
            <source>Organisation type</source>
            <translation>Typ organizacji</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="102" />
            <source>Help types</source>
            <translation>Rodzaje pomocy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="112" />
            <source>Forms of help</source>
            <translation>Formy pomocy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="67" />
            <source>Languages</source>
            <translation>Języki</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="61" />
            <source>Description</source>
            <translation>Opis</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="61" />
            <source>Street</source>
            <translation>Ulica</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="62" />
            <source>House number</source>
            <translation>Numer domu</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="62" />
            <source>Postcode</source>
            <translation>Kod pocztowy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="62" />
            <source>City</source>
            <translation>Miejscowość</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="62" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="63" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="63" />
            <source>Website</source>
            <translation>Strona internetowa</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="63" />
            <source>Opening hours</source>
            <translation>Godziny otwarcia</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="107" />
            <source>Target groups</source>
            <translation>Grupy docelowe</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="113" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="64" />
            <source>Verified on</source>
            <translation>Zweryfikowano</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="65" />
            <source>Commune code (TERYT)</source>
            <translation>Kod gminy (TERYT)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/history_dialog.py" line="40" />
            <source>Version</source>
            <translation>Wersja</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="65" />
            <source>Updated at</source>
            <translation>Zaktualizowano</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="66" />
            <source>Updated by</source>
            <translation>Autor zmiany</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="66" />
            <source>Aid point</source>
            <translation>Punkt pomocy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="66" />
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="67" />
            <source>Parameters</source>
            <translation>Parametry</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="79" />
            <source>Postcode must look like 00-000.</source>
            <translation>Kod pocztowy musi mieć postać 00-000.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="80" />
            <source>This is not an e-mail address.</source>
            <translation>To nie jest adres e-mail.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="82" />
            <source>A phone number has digits, spaces, dashes or brackets, optionally a leading +.</source>
            <translation>Numer telefonu składa się z cyfr, spacji, myślników lub nawiasów, opcjonalnie z + na początku.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="85" />
            <source>A web address starts with http:// or https://.</source>
            <translation>Adres strony internetowej zaczyna się od http:// lub https://.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="138" />
            <source>Other</source>
            <translation>Inne</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/layers.py" line="236" />
            <source>This location is outside your area; the store will refuse it.</source>
            <translation>To położenie jest poza Twoim obszarem; serwer je odrzuci.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/core/printing.py" line="420" />
            <source>Cannot open the layer {0} of {1}.</source>
            <translation>Nie można otworzyć warstwy {0} z {1}.</translation>
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
            <translation>Oznacz jako zweryfikowane</translation>
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
            <translation>Warstwa</translation>
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
            <translation>Filtr pomocy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="56" />
            <source>Filter</source>
            <translation>Filtr</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="57" />
            <source>Lists</source>
            <translation>Listy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="58" />
            <source>Review</source>
            <translation>Przegląd</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="87" />
            <source>Search name, organisation, address, description…</source>
            <translation>Szukaj w nazwie, organizacji, adresie, opisie…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="95" />
            <source>Zoom to results</source>
            <translation>Przybliż do wyników</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="96" />
            <source>Select results</source>
            <translation>Zaznacz wyniki</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="97" />
            <source>Clear filter</source>
            <translation>Wyczyść filtr</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="116" />
            <source>Verified within the last</source>
            <translation>Zweryfikowane w ciągu ostatnich</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="199" />
            <source> months</source>
            <translation> mies.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="66" />
            <source>Voivodeship</source>
            <translation>Województwo</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="67" />
            <source>County</source>
            <translation>Powiat</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="68" />
            <source>Commune</source>
            <translation>Gmina</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/print_dialog.py" line="65" />
            <source>Region</source>
            <translation>Obszar</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="168" />
            <source>Saved lists (kept in the project)</source>
            <translation>Zapisane listy (przechowywane w projekcie)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="171" />
            <source>Save current filter…</source>
            <translation>Zapisz bieżący filtr…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="172" />
            <source>Apply</source>
            <translation>Zastosuj</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="173" />
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="178" />
            <source>Export CSV…</source>
            <translation>Eksportuj CSV…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="179" />
            <source>Export PDF list…</source>
            <translation>Eksportuj listę PDF…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="195" />
            <source>Not verified for more than</source>
            <translation>Niezweryfikowane od ponad</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="201" />
            <source>Find</source>
            <translation>Znajdź</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="208" />
            <source>Select on map</source>
            <translation>Zaznacz na mapie</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="209" />
            <source>Mark selected verified</source>
            <translation>Oznacz zaznaczone jako zweryfikowane</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="239" />
            <source>Indexing the aid points…</source>
            <translation>Indeksowanie punktów pomocy…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="240" />
            <source>Mapuj Pomoc: indexing aid points</source>
            <translation>Mapuj Pomoc: indeksowanie punktów pomocy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="247" />
            <source>Could not index the aid points: {0}</source>
            <translation>Nie udało się zindeksować punktów pomocy: {0}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="275" />
            <source>(all)</source>
            <translation>(wszystkie)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="345" />
            <source>No aid point layer: sync first.</source>
            <translation>Brak warstwy punktów pomocy: najpierw zsynchronizuj.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="351" />
            <source>The filter could not be applied to the layer.</source>
            <translation>Nie udało się zastosować filtra do warstwy.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="353" />
            <source>{0} of {1} points</source>
            <translation>Punkty: {0} z {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="395" />
            <source>Save list</source>
            <translation>Zapisz listę</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="395" />
            <source>Name of the list:</source>
            <translation>Nazwa listy:</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="419" />
            <source>CSV table (*.csv)</source>
            <translation>Tabela CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/print_algorithm.py" line="70" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="420" />
            <source>Export list</source>
            <translation>Eksportuj listę</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="426" />
            <source>Saved {0} points to {1}</source>
            <translation>Zapisano punkty ({0}) do {1}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="452" />
            <source>Select the points you have checked in the list.</source>
            <translation>Zaznacz na liście sprawdzone punkty.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/filter_dock.py" line="455" />
            <source>{0} point(s) marked verified; they are sent with the next sync.</source>
            <translation>Oznaczono jako zweryfikowane: {0}; zostaną wysłane przy następnej synchronizacji.</translation>
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
            <translation>nowy</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="48" />
            <source>Mapuj Pomoc – sync</source>
            <translation>Mapuj Pomoc – synchronizacja</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="116" />
            <source>Sync</source>
            <translation>Synchronizuj</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="66" />
            <source>Change</source>
            <translation>Zmiana</translation>
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
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="199" />
            <source>Select the changes to discard in the Pending or Refused list.</source>
            <translation>Zaznacz zmiany do odrzucenia na liście Oczekujące lub Odrzucone.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="209" />
            <source>Discarded the local change of {0}.</source>
            <translation>Odrzucono lokalną zmianę obiektu {0}.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="218" />
            <source>Select a feature in the Conflicts list.</source>
            <translation>Zaznacz obiekt na liście Konflikty.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/gui/sync_dock.py" line="234" />
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
            <location filename="../mapujpomoc_qgis/plugin.py" line="49" />
            <source>Icon {name} not found</source>
            <translation>Nie znaleziono ikony {name}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="91" />
            <source>Could not load the translation {path}</source>
            <translation>Nie udało się wczytać tłumaczenia {path}</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/processing/provider.py" line="42" />
            <source>Mapuj Pomoc</source>
            <translation>Mapuj Pomoc</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="113" />
            <source>Connection settings…</source>
            <translation>Ustawienia połączenia…</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="113" />
            <source>Address of the Mapuj Pomoc store and your account</source>
            <translation>Adres serwera Mapuj Pomoc i Twoje konto</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="116" />
            <source>Send your edits to the store and fetch the changes of others</source>
            <translation>Wyślij swoje zmiany na serwer i pobierz zmiany innych</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="119" />
            <source>Find help by type, language, form, status, region and text</source>
            <translation>Znajdź pomoc według rodzaju, języka, formy, statusu, obszaru i tekstu</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="122" />
            <source>Sync panel</source>
            <translation>Panel synchronizacji</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="122" />
            <source>Pending changes, conflicts, refusals and history</source>
            <translation>Oczekujące zmiany, konflikty, odrzucenia i historia</translation>
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
            <translation>O wtyczce</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="131" />
            <source>About the Mapuj Pomoc plugin</source>
            <translation>O wtyczce Mapuj Pomoc</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="209" />
            <source>Sync first: the filter works on the aid points of your working copy.</source>
            <translation>Najpierw zsynchronizuj: filtr działa na punktach pomocy z Twojej kopii roboczej.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="248" />
            <source>Sync first: printing and export work on the aid points of your working copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="292" />
            <source>Help points for refugees from Ukraine in Poland: load the shared layer, keep the entries of your area up to date and sync them with the central store.</source>
            <translation>Punkty pomocy dla uchodźców z Ukrainy w Polsce: wczytaj wspólną warstwę, aktualizuj wpisy ze swojego obszaru i synchronizuj je z serwerem centralnym.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="295" />
            <source>Licence: GNU GPL v2 or later.</source>
            <translation>Licencja: GNU GPL w wersji 2 lub nowszej.</translation>
        </message>
        <message>
            <location filename="../mapujpomoc_qgis/plugin.py" line="302" />
            <source>About Mapuj Pomoc</source>
            <translation>Informacje o Mapuj Pomoc</translation>
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
