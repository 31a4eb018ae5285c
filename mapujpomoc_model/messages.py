"""The store's problems and the model's validation messages, by stable code, in English, Polish and Ukrainian.

One table for both sides (docs/ARCHITECTURE.md, "The shared model"): the store answers a problem's
`detail` in the language of `Accept-Language` from it, and the plugin renders the same codes and
parameters in its UI language, so nobody reads English text in a Polish or Ukrainian interface.
A problem carries `code` and `params`; a validation problem adds `errors: [{field, code, params}]`.
English renders exactly the text the store has always sent (clients and tests match on it).

Pure Python: the store needs no Qt, the plugin no FastAPI.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .request_messages import PARAMETER_ERRORS, REQUEST_MESSAGES

LANGUAGES = ("en", "pl", "uk")
Issue = tuple[str, dict[str, Any]]  # (code, params) of one field's problem

# -- one field's problem: a clause after the field's name ---------------------------------------------
FIELD_MESSAGES: dict[str, tuple[str, str, str]] = {
    "required": ("is required", "pole wymagane", "обов'язкове поле"),
    "not_text": ("must be text, not {type}", "musi być tekstem, nie {type}", "має бути текстом, а не {type}"),
    "too_long": ("is {length} characters long; at most {max} are allowed",
                 "ma {length} znaków; dozwolone najwyżej {max}",
                 "має {length} символів; дозволено не більше {max}"),
    "not_one_of": ("'{value}' is not one of: {allowed}", "„{value}” nie jest żadną z wartości: {allowed}",
                   "«{value}» не є жодним зі значень: {allowed}"),
    "not_date": ("'{value}' is not a date (YYYY-MM-DD)", "„{value}” nie jest datą (RRRR-MM-DD)",
                 "«{value}» не є датою (РРРР-ММ-ДД)"),
    "not_uuid": ("'{value}' is not a UUID (lower-case, 8-4-4-4-12 hexadecimal digits)",
                 "„{value}” nie jest identyfikatorem UUID (małe litery, 8-4-4-4-12 cyfr szesnastkowych)",
                 "«{value}» не є ідентифікатором UUID (малі літери, 8-4-4-4-12 шістнадцяткових цифр)"),
    "bad_postcode": ("is not a postcode of the form NN-NNN", "to nie jest kod pocztowy w postaci NN-NNN",
                     "це не поштовий індекс у формі NN-NNN"),
    "bad_email": ("is not an e-mail address", "to nie jest adres e-mail", "це не адреса електронної пошти"),
    "bad_url": ("is not a web address starting with http:// or https://",
                "to nie jest adres strony zaczynający się od http:// lub https://",
                "це не вебадреса, що починається з http:// або https://"),
    "bad_phone": ("is not a phone number (digits, spaces, dashes, brackets, optional leading +)",
                  "to nie jest numer telefonu (cyfry, spacje, myślniki, nawiasy, opcjonalnie + na początku)",
                  "це не номер телефону (цифри, пробіли, дефіси, дужки, необов'язковий + на початку)"),
    "hours_empty_rule": ("'{value}' has an empty rule", "„{value}” zawiera pustą regułę",
                         "«{value}» містить порожнє правило"),
    "hours_syntax": ("'{rule}' is not understood as opening hours "
                     "(OSM syntax, e.g. 'Mo-Fr 08:00-16:00; Sa 10:00-14:00')",
                     "„{rule}” nie jest zrozumiałe jako godziny otwarcia "
                     "(składnia OSM, np. „Mo-Fr 08:00-16:00; Sa 10:00-14:00”)",
                     "«{rule}» не розпізнано як години роботи "
                     "(синтаксис OSM, напр. «Mo-Fr 08:00-16:00; Sa 10:00-14:00»)"),
    "hours_empty_span": ("'{span}' is an empty time span", "„{span}” to pusty przedział czasu",
                         "«{span}» — порожній проміжок часу"),
    "hours_bad_time": ("'{time}' is not a time of day", "„{time}” nie jest godziną w ciągu doby",
                       "«{time}» не є часом доби"),
    "not_code_list": ("must be a list of codes, not {type}", "musi być listą kodów, nie {type}",
                      "має бути списком кодів, а не {type}"),
    "unknown_codes": ("unknown code(s) {codes}; known: {known}", "nieznane kody {codes}; znane: {known}",
                      "невідомі коди {codes}; відомі: {known}"),
    "duplicate_codes": ("lists a code more than once", "zawiera ten sam kod więcej niż raz",
                        "містить той самий код більше одного разу"),
    "not_object": ("must be an object, not {type}", "musi być obiektem, nie {type}", "має бути об'єктом, а не {type}"),
    "object_required": ("must be an object", "musi być obiektem", "має бути об'єктом"),
    "too_deep": ("is nested more than {max} levels deep", "jest zagnieżdżone głębiej niż {max} poziomy",
                 "вкладено глибше ніж на {max} рівні"),
    "json_too_long": ("is longer than {max} characters as JSON", "ma w JSON więcej niż {max} znaków",
                      "має в JSON понад {max} символів"),
    "unknown_field": ("is not a field of {collection}", "nie jest polem warstwy {collection}",
                      "не є полем шару {collection}"),
    "id_spelling": ("'{value}' is a UUID in another spelling; send it in the canonical form '{canonical}' "
                    "(lower case, 8-4-4-4-12 hexadecimal digits)",
                    "„{value}” to UUID zapisany inaczej; wyślij go w postaci kanonicznej „{canonical}” "
                    "(małe litery, 8-4-4-4-12 cyfr szesnastkowych)",
                    "«{value}» — це UUID в іншому записі; надішліть його в канонічній формі «{canonical}» "
                    "(малі літери, 8-4-4-4-12 шістнадцяткових цифр)"),
    "id_not_uuid": ("'{value}' is not a UUID (lower case, 8-4-4-4-12 hexadecimal digits)",
                    "„{value}” nie jest identyfikatorem UUID (małe litery, 8-4-4-4-12 cyfr szesnastkowych)",
                    "«{value}» не є ідентифікатором UUID (малі літери, 8-4-4-4-12 шістнадцяткових цифр)"),
    "aid_point_missing": ("aid point {id} does not exist", "punkt pomocy {id} nie istnieje",
                          "пункт допомоги {id} не існує"),
    # in English the geometry's problems name it themselves, as the store always wrote them after "geometry";
    # in Polish and Ukrainian they follow the field's label ("Położenie: ...")
    "geometry_not_object": ("geometry must be a GeoJSON object", "musi być obiektem GeoJSON",
                            "має бути об'єктом GeoJSON"),
    "geometry_members": ("geometry has the member(s) {members}; a geometry holds only type and coordinates "
                         "(coordinates in EPSG:4326), remove the others",
                         "ma elementy {members}; geometria zawiera tylko type i coordinates "
                         "(współrzędne w EPSG:4326), usuń pozostałe",
                         "має елементи {members}; геометрія містить лише type і coordinates "
                         "(координати в EPSG:4326), вилучіть інші"),
    "geometry_type": ("geometry must be {allowed_or}, not '{type}'", "musi być typu {allowed_or}, nie „{type}”",
                      "має бути типу {allowed_or}, а не «{type}»"),
    "position_shape": ("a position must be [longitude, latitude]",
                       "punkt musi mieć postać [długość, szerokość geograficzna]",
                       "точка має бути у формі [довгота, широта]"),
    "coordinates_not_finite": ("coordinates must be finite numbers (degrees, EPSG:4326)",
                               "współrzędne muszą być skończonymi liczbami (stopnie, EPSG:4326)",
                               "координати мають бути скінченними числами (градуси, EPSG:4326)"),
    "position_out_of_range": ("[{lon}, {lat}] is outside longitude -180..180 / latitude -90..90 (EPSG:4326 expected)",
                              "[{lon}, {lat}] leży poza zakresem długości -180..180 / szerokości -90..90 "
                              "(oczekiwano EPSG:4326)",
                              "[{lon}, {lat}] поза межами довготи -180..180 / широти -90..90 (очікується EPSG:4326)"),
    "no_coordinates": ("geometry has no coordinates", "nie ma współrzędnych", "не має координат"),
    "polygon_rings": ("a polygon must be a list of rings", "wielokąt musi być listą pierścieni",
                      "полігон має бути списком кілець"),
    "ring_too_short": ("a polygon ring needs at least 4 positions", "pierścień wielokąta wymaga co najmniej 4 punktów",
                       "кільце полігона потребує щонайменше 4 точок"),
    "ring_not_closed": ("a polygon ring must be closed (first position = last)",
                        "pierścień wielokąta musi być zamknięty (pierwszy punkt = ostatni)",
                        "кільце полігона має бути замкненим (перша точка = остання)"),
    "geometry_unreadable": ("geometry cannot be read: {error}", "nie można odczytać geometrii: {error}",
                            "не вдається прочитати геометрію: {error}"),
    "geometry_empty": ("geometry is empty", "jest puste", "порожнє"),
    "polygon_invalid": ("polygon is not valid ({reason}); fix self-intersections before saving",
                        "wielokąt jest nieprawidłowy ({reason}); usuń samoprzecięcia przed zapisaniem",
                        "полігон некоректний ({reason}); виправте самоперетини перед збереженням"),
}

# -- a whole problem's `detail` -------------------------------------------------------------------------
PROBLEM_MESSAGES: dict[str, tuple[str, str, str]] = {
    "invalid": ("The feature is not valid: {errors}", "Obiekt jest nieprawidłowy: {errors}",
                "Об'єкт некоректний: {errors}"),
    "out-of-scope": ("{place} is outside your area ({area}); you may not {action} there. Ask a coordinator of that "
                     "area to make the change.",
                     "{place} leży poza Twoim obszarem ({area}); nie możesz tam {action}. Poproś koordynatora "
                     "tego obszaru o wprowadzenie zmiany.",
                     "{place} поза вашою територією ({area}); ви не можете там {action}. Попросіть координатора "
                     "цієї території внести зміну."),
    "read-only": ("User '{user}' has the role '{role}', which may only read.",
                  "Użytkownik „{user}” ma rolę „{role}”, która pozwala tylko czytać.",
                  "Користувач «{user}» має роль «{role}», яка дозволяє лише читати."),
    "token-missing": ("Send the token as 'Authorization: Bearer <token>' (or HTTP Basic with your user name and the "
                      "token as password).",
                      "Nie podano tokenu. W ustawieniach połączenia wybierz konfigurację „Basic”: nazwa użytkownika "
                      "magazynu i token jako hasło.",
                      "Токен не надіслано. У налаштуваннях з'єднання виберіть конфігурацію «Basic»: ім'я "
                      "користувача сховища і токен як пароль."),
    "token-required": ("This needs a token: send 'Authorization: Bearer <token>'.",
                       "To wymaga tokenu: ustaw uwierzytelnianie w ustawieniach połączenia.",
                       "Для цього потрібен токен: налаштуйте автентифікацію в параметрах з'єднання."),
    "token-unknown": ("The token is not known to this store. Ask the operator for a new one.",
                      "Ten magazyn nie zna tego tokenu. Poproś operatora o nowy.",
                      "Це сховище не знає цього токена. Попросіть оператора про новий."),
    "token-revoked": ("The token of user '{user}' was revoked on {at}. Ask the operator for a new one.",
                      "Token użytkownika „{user}” został unieważniony {at}. Poproś operatora o nowy.",
                      "Токен користувача «{user}» відкликано {at}. Попросіть оператора про новий."),
    "token-expired": ("The token of user '{user}' expired on {at}. Ask the operator for a new one.",
                      "Token użytkownika „{user}” wygasł {at}. Poproś operatora o nowy.",
                      "Термін дії токена користувача «{user}» закінчився {at}. Попросіть оператора про новий."),
    "outside-communes": ("The location ({lon}, {lat}) is not inside any commune known to this store. Place the point "
                         "inside a Polish commune.",
                         "Położenie ({lon}, {lat}) nie leży w żadnej gminie znanej temu magazynowi. Umieść punkt "
                         "w granicach polskiej gminy.",
                         "Розташування ({lon}, {lat}) не лежить у жодній гміні, відомій цьому сховищу. Розмістіть "
                         "пункт у межах польської гміни."),
    "conflict": ("Feature {id} changed since version {base} (now {version}) in {fields}. Pull, resolve and send "
                 "again.",
                 "Obiekt {id} zmienił się od wersji {base} (teraz {version}) w polach: {fields}. Zsynchronizuj, "
                 "rozwiąż konflikt i wyślij ponownie.",
                 "Об'єкт {id} змінився від версії {base} (тепер {version}) у полях: {fields}. Синхронізуйте, "
                 "розв'яжіть конфлікт і надішліть знову."),
    "not-found": ("There is no feature {id} in {collection}.", "W warstwie {collection} nie ma obiektu {id}.",
                  "У шарі {collection} немає об'єкта {id}."),
    "deleted": ("Feature {id} was deleted. Drop your copy of it.", "Obiekt {id} został usunięty. Odrzuć swoją kopię.",
                "Об'єкт {id} видалено. Відкиньте свою копію."),
    "deleted-by": ("Feature {id} was deleted by {user} at {at}. Drop your copy of it.",
                   "Obiekt {id} został usunięty przez {user} ({at}). Odrzuć swoją kopię.",
                   "Об'єкт {id} видалив {user} ({at}). Відкиньте свою копію."),
    "changeset-rejected": ("{failed} of {total} operations were refused, so none was applied (operation {index}: "
                           "{first}). Fix or drop the refused ones and send the rest as a new changeset.",
                           "Odrzucono {failed} z {total} operacji, więc nie zastosowano żadnej (operacja {index}: "
                           "{first}). Popraw lub odrzuć odrzucone zmiany i wyślij resztę ponownie.",
                           "Відхилено {failed} з {total} операцій, тож жодну не застосовано (операція {index}: "
                           "{first}). Виправте або відкиньте відхилені зміни й надішліть решту знову."),
    "database-unavailable": ("The store cannot reach its database just now; try again in a few seconds. A changeset "
                             "sent with this request may or may not have been applied: send it again with the same "
                             "id and the store answers with its result.",
                             "Magazyn nie może teraz połączyć się ze swoją bazą danych; spróbuj ponownie za kilka "
                             "sekund. Wysłane zmiany mogły zostać zapisane lub nie: ponowna synchronizacja wyśle je "
                             "bezpiecznie jeszcze raz.",
                             "Сховище зараз не може з'єднатися зі своєю базою даних; спробуйте ще раз за кілька "
                             "секунд. Надіслані зміни могли бути збережені або ні: повторна синхронізація безпечно "
                             "надішле їх ще раз."),
    "reads-limited": ("Too many requests without a token from your address (at most {limit}). Wait {wait} s "
                      "(Retry-After) and send it again; send several features per changeset rather than one request "
                      "per feature.",
                      "Za dużo zapytań bez tokenu z Twojego adresu (najwyżej {limit}). Odczekaj {wait} s i spróbuj "
                      "ponownie.",
                      "Забагато запитів без токена з вашої адреси (не більше {limit}). Зачекайте {wait} с і спробуйте "
                      "знову."),
    "writes-limited": ("Too many writes by user '{user}' (at most {limit}). Wait {wait} s (Retry-After) and send it "
                       "again; send several features per changeset rather than one request per feature.",
                       "Za dużo zapisów użytkownika „{user}” (najwyżej {limit}). Odczekaj {wait} s i zsynchronizuj "
                       "ponownie.",
                       "Забагато записів користувача «{user}» (не більше {limit}). Зачекайте {wait} с і "
                       "синхронізуйте знову."),
    "revert-role": ("User '{user}' has the role '{role}'; only coordinators (in their area) and admins may revert "
                    "changes.",
                    "Użytkownik „{user}” ma rolę „{role}”; zmiany mogą cofać tylko koordynatorzy (w swoim obszarze) "
                    "i administratorzy.",
                    "Користувач «{user}» має роль «{role}»; скасовувати зміни можуть лише координатори (на своїй "
                    "території) та адміністратори."),
    "no-changes": ("No change was recorded under changeset {changeset}.",
                   "Pod zestawem zmian {changeset} nie zapisano żadnej zmiany.",
                   "Під набором змін {changeset} не записано жодної зміни."),
    "revert-out-of-scope": ("{count} of the features {target} changed are outside your area, and nothing else was "
                            "left to revert. Ask a coordinator of that area or an admin.",
                            "Obiekty zmienione w ramach {target} (liczba: {count}) leżą poza Twoim obszarem i nie "
                            "zostało nic innego do cofnięcia. Poproś koordynatora tego obszaru lub administratora.",
                            "Об'єкти, змінені в межах {target} (кількість: {count}), поза вашою територією, і більше "
                            "нічого скасовувати. Попросіть координатора цієї території або адміністратора."),
    "internal-error": ("The store hit an unexpected error; nothing was changed. The operator can find details in the "
                       "store's log.",
                       "W magazynie wystąpił nieoczekiwany błąd; nic nie zostało zmienione. Operator znajdzie "
                       "szczegóły w dzienniku magazynu.",
                       "У сховищі сталася неочікувана помилка; нічого не змінено. Оператор знайде подробиці в "
                       "журналі сховища."),
}
PROBLEM_MESSAGES.update(REQUEST_MESSAGES)  # the refusals of a request itself: paths, parameters, bodies, versions

# what a user may not do outside their area (`out-of-scope`'s `action`)
ACTIONS: dict[str, tuple[str, str]] = {
    "create points": ("tworzyć punktów", "створювати пункти"),
    "change points": ("zmieniać punktów", "змінювати пункти"),
    "move points": ("przenosić punktów", "переносити пункти"),
    "delete points": ("usuwać punktów", "видаляти пункти"),
    "restore points": ("przywracać punktów", "відновлювати пункти"),
    "revert changes": ("cofać zmian", "скасовувати зміни"),
}

# the JSON type a value had (`not_text`'s `type`)
TYPE_NAMES: dict[str, tuple[str, str, str]] = {
    "object": ("an object", "obiekt", "об'єкт"), "list": ("a list", "lista", "список"),
    "text": ("text", "tekst", "текст"), "boolean": ("true/false", "prawda/fałsz", "true/false"),
    "number": ("a number", "liczba", "число"), "null": ("null", "null", "null"),
}

# field names as the attribute form labels them (the plugin's translations of the same words)
FIELD_LABELS: dict[str, tuple[str, str, str]] = {
    "id": ("Identifier", "Identyfikator", "Ідентифікатор"), "uuid": ("Identifier", "Identyfikator", "Ідентифікатор"),
    "name": ("Name", "Nazwa", "Назва"), "organization": ("Organisation", "Organizacja", "Організація"),
    "org_type": ("Organisation type", "Typ organizacji", "Тип організації"),
    "help_types": ("Help types", "Rodzaje pomocy", "Види допомоги"),
    "forms": ("Forms of help", "Formy pomocy", "Форми допомоги"), "languages": ("Languages", "Języki", "Мови"),
    "description": ("Description", "Opis", "Опис"), "street": ("Street", "Ulica", "Вулиця"),
    "house_number": ("House number", "Numer domu", "Номер будинку"),
    "postcode": ("Postcode", "Kod pocztowy", "Поштовий індекс"), "city": ("City", "Miejscowość", "Населений пункт"),
    "phone": ("Phone", "Telefon", "Телефон"), "email": ("E-mail", "E-mail", "Ел. пошта"),
    "website": ("Website", "Strona internetowa", "Вебсайт"),
    "opening_hours": ("Opening hours", "Godziny otwarcia", "Години роботи"),
    "target_groups": ("Target groups", "Grupy docelowe", "Цільові групи"), "status": ("Status", "Status", "Статус"),
    "verified_at": ("Verified on", "Zweryfikowano", "Перевірено"),
    "visibility": ("Who may see the location", "Kto widzi lokalizację", "Хто бачить розташування"),
    "aid_point_id": ("Aid point", "Punkt pomocy", "Пункт допомоги"), "kind": ("Kind", "Rodzaj", "Вид"),
    "params": ("Parameters", "Parametry", "Параметри"), "geometry": ("Location", "Położenie", "Розташування"),
    "properties": ("Properties", "Atrybuty", "Атрибути"),
}
COLLECTION_LABELS: dict[str, tuple[str, str, str]] = {
    "aid_points": ("aid_points", "punkty pomocy", "пункти допомоги"),
    "service_areas": ("service_areas", "obszary obsługi", "зони обслуговування"),
}
_OR = {"en": " or ", "pl": " lub ", "uk": " або "}
_QUOTED_LISTS = ("codes",)  # list parameters whose items are shown quoted ('x', 'y')


def language(lang: str | None) -> str:
    """'en', 'pl' or 'uk' for a language tag such as 'pl_PL' or 'uk-UA' (English for anything else)."""
    code = (lang or "en")[:2].lower()
    return code if code in LANGUAGES else "en"


def _pick(row: tuple[str, ...], lang: str) -> str:
    return row[LANGUAGES.index(language(lang))]


def field_label(name: str, lang: str) -> str:
    row = FIELD_LABELS.get(name)
    return _pick(row, lang) if row else name


def _values(params: Mapping[str, Any], lang: str) -> dict[str, Any]:
    """`params` as the templates show them: lists joined, types and actions in words."""
    shown: dict[str, Any] = {}
    for key, value in params.items():
        if isinstance(value, (list, tuple)):
            items = [f"'{v}'" if key in _QUOTED_LISTS else str(v) for v in value]
            shown[key] = ", ".join(items)
            shown[key + "_or"] = _OR[language(lang)].join(items)
        else:
            shown[key] = value
    if "type" in shown and shown["type"] in TYPE_NAMES:
        shown["type"] = _pick(TYPE_NAMES[shown["type"]], lang)
    if "action" in shown and language(lang) != "en" and shown["action"] in ACTIONS:
        shown["action"] = ACTIONS[shown["action"]][LANGUAGES.index(language(lang)) - 1]
    if "collection" in shown and shown["collection"] in COLLECTION_LABELS:
        shown["collection"] = _pick(COLLECTION_LABELS[shown["collection"]], lang)
    return shown


def _fill(template: str, params: Mapping[str, Any], lang: str) -> str:
    try:
        return template.format(**_values(params, lang))
    except (KeyError, IndexError, ValueError):  # parameters of another version: the template without them
        return template


def field_message(code: str, params: Mapping[str, Any] | None = None, lang: str = "en") -> str | None:
    """One field's problem in `lang` (without the field's name), or None for an unknown code."""
    row = FIELD_MESSAGES.get(code)
    return None if row is None else _fill(_pick(row, lang), params or {}, lang)


def field_error(field: str, code: str, params: Mapping[str, Any] | None = None, lang: str = "en",
                labels: Mapping[str, str] | None = None, message: str | None = None) -> str:
    """'phone is not a phone number (…)' in English (as the store always wrote it); 'Telefon: to nie jest
    numer telefonu (…)' with the field's label otherwise. `message` stands in for an unknown code."""
    text = field_message(code, params, lang) or message or code
    if language(lang) == "en":
        return f"{field} {text}"
    label = (labels or {}).get(field) or field_label(field, lang)
    return f"{label}: {text}"


def field_errors(errors: Iterable[Mapping[str, Any]], lang: str = "en",
                 labels: Mapping[str, str] | None = None) -> str:
    """A problem's `errors` list ({field, code, params, message}) as one sentence in `lang`."""
    return "; ".join(field_error(str(e.get("field")), str(e.get("code")), e.get("params") or {}, lang, labels,
                                 e.get("message")) for e in errors)


def parameter_errors(errors: Iterable[Mapping[str, Any]], lang: str = "en") -> str:
    """FastAPI's refusals of query parameters ({field, code, params, message}: the parameter, pydantic's
    error type and context) as one sentence in `lang`: English as FastAPI words it, Polish and Ukrainian
    from the error's type."""
    parts = []
    for e in errors:
        text = parameter_message(str(e.get("code")), e.get("params") or {}, lang) or str(e.get("message"))
        parts.append(f"{e.get('field')}: {text}")
    return "; ".join(parts)


def parameter_message(code: str, params: Mapping[str, Any], lang: str) -> str | None:
    """One refused query parameter's problem in Polish or Ukrainian; None in English (FastAPI's own text
    stands) or for a type without a template."""
    row = PARAMETER_ERRORS.get(code)
    if row is None or language(lang) == "en":
        return None
    return _fill(row[LANGUAGES.index(language(lang)) - 1], params, lang)


def problem_message(code: str, params: Mapping[str, Any] | None = None, lang: str = "en") -> str | None:
    """A problem's `detail` in `lang`, or None for a code without a template (the sender's text stands)."""
    row = PROBLEM_MESSAGES.get(code)
    return None if row is None else _fill(_pick(row, lang), params or {}, lang)


def render_problem(doc: Mapping[str, Any], lang: str = "en", labels: Mapping[str, str] | None = None) -> str | None:
    """The `detail` of a problem document (or one operation's result) in `lang`, from its code, params and
    errors; for a rejected changeset, the first refused operation's detail too. None when the code is not
    in the table or the document has no `params` (the caller keeps the document's own `detail`)."""
    code = doc.get("code")
    if not isinstance(code, str) or code not in PROBLEM_MESSAGES or not isinstance(doc.get("params"), dict):
        return None  # a problem without parameters is one whose text has no template, whatever its code
    params = dict(doc.get("params") or {})
    errors = doc.get("errors")
    if code == "invalid" and isinstance(errors, list):
        params["errors"] = field_errors(errors, lang, labels)
    if code == "invalid-request-parameters" and isinstance(errors, list):
        params["errors"] = parameter_errors(errors, lang)
    if code == "changeset-rejected":
        results = doc.get("results") or []
        first = next((r for r in results if isinstance(r, dict) and r.get("index") == params.get("index")), None)
        if first is not None:
            text = render_problem(first, lang, labels) or str(first.get("detail"))
            params["first"] = text if len(text) <= 300 else text[:300]
    return problem_message(code, params, lang)


def negotiate(accept_language: str | None) -> str:
    """The best of 'en', 'pl', 'uk' for an `Accept-Language` header (RFC 9110 quality values); English
    when none is acceptable or the header is missing."""
    best, best_q = "en", 0.0
    for part in (accept_language or "").split(","):
        tag, _, rest = part.strip().partition(";")
        q = 1.0
        for param in rest.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        lang = tag.strip()[:2].lower()
        if lang in LANGUAGES and q > best_q:  # the first of equal quality wins
            best, best_q = lang, q
    return best
