"""The words printed on a map, in each language a pair may use (docs/ARCHITECTURE.md, "Print").

They come in the chosen language pair (Polish + Ukrainian by default), whatever the language of the
QGIS interface, so they live here beside the catalog's labels rather than in the .ts files.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "title": {"pl": "Punkty pomocy dla osób z Ukrainy", "uk": "Пункти допомоги для людей з України",
              "en": "Help points for people from Ukraine"},
    "legend": {"pl": "Rodzaje pomocy", "uk": "Види допомоги", "en": "Types of help"},
    "nr": {"pl": "Nr", "uk": "№", "en": "No."},
    "name_address": {"pl": "Nazwa, adres", "uk": "Назва, адреса", "en": "Name, address"},
    "contact": {"pl": "Telefon, godziny", "uk": "Телефон, години", "en": "Phone, hours"},
    "types": {"pl": "Rodzaje pomocy", "uk": "Види допомоги", "en": "Types of help"},
    "points": {"pl": "punktów", "uk": "пунктів", "en": "points"},
    "source": {"pl": "Źródło danych", "uk": "Джерело даних", "en": "Data source"},
    "as_of": {"pl": "stan na", "uk": "станом на", "en": "as of"},
    "boundaries": {"pl": "Granice administracyjne", "uk": "Адміністративні межі", "en": "Administrative boundaries"},
    "printed": {"pl": "Wydruk", "uk": "Друк", "en": "Printed"},
    "filter": {"pl": "Wybrane", "uk": "Вибрано", "en": "Selected"},
    "empty": {"pl": "Brak punktów spełniających kryteria", "uk": "Немає пунктів, що відповідають критеріям",
              "en": "No points match"},
    "wojewodztwa": {"pl": "województwo", "uk": "воєводство", "en": "voivodeship"},
    "powiaty": {"pl": "powiat", "uk": "повіт", "en": "county"},
    "gminy": {"pl": "gmina", "uk": "гміна", "en": "commune"},
    # under an atlas page's table when the commune's points do not all fit on its sheet
    "shortened": {"pl": "Lista obejmuje {listed} z {points} punktów gminy{map}. Pełna lista: wydruk samej gminy "
                        "{code} bez atlasu.",
                  "uk": "У списку {listed} з {points} пунктів гміни{map}. Повний список: друк лише гміни {code} без "
                        "атласу.",
                  "en": "The list shows {listed} of the commune's {points} points{map}. Full list: print commune "
                        "{code} alone, without the atlas."},
    # the points left out of a shortened list stay on the map as icons, without a number the list lacks
    "all_on_map": {"pl": " (pozostałe są na mapie bez numeru)", "uk": " (решта є на карті без номера)",
                   "en": " (the others are on the map without a number)"},
    "basemap": {"pl": "Podkład", "uk": "Основа карти", "en": "Basemap"},
    # the columns of the list PDF (export/list_pdf.py) and its page numbers
    "name": {"pl": "Nazwa", "uk": "Назва", "en": "Name"},
    "address": {"pl": "Adres", "uk": "Адреса", "en": "Address"},
    "phone": {"pl": "Telefon", "uk": "Телефон", "en": "Phone"},
    "hours": {"pl": "Godziny otwarcia", "uk": "Години роботи", "en": "Opening hours"},
    "page": {"pl": "Strona {page} z {pages}", "uk": "Сторінка {page} з {pages}", "en": "Page {page} of {pages}"},
    # which version of the data a print shows (filtering.privacy), in its source line
    "public": {"pl": "Wersja publiczna", "uk": "Публічна версія", "en": "Public version"},
    "staff": {"pl": "Wersja dla pracowników", "uk": "Версія для працівників", "en": "Staff version"},
}


def pair_text(key: str, langs: tuple[str, ...], sep: str = " / ") -> str:
    """TEXTS[key] in each language of the pair, once each ("Nazwa / Назва")."""
    words: list[str] = []
    for lang in langs:
        word = TEXTS[key].get(lang, TEXTS[key]["en"])
        if word not in words:
            words.append(word)
    return sep.join(words)
