"""The store's refusals of a request itself, by stable code, in English, Polish and Ukrainian.

The other half of `messages.PROBLEM_MESSAGES` (docs/ARCHITECTURE.md, "The shared model"): query
parameters (OGC API bbox, datetime, crs, filter, unknown names), paths, methods, media types, bodies,
ETags, changesets and reused ids. English is word for word the text the store always sent; a parameter
that quotes a value as Python wrote it (`{given}`) arrives already quoted. Pure data: no imports.
"""

from __future__ import annotations

REQUEST_MESSAGES: dict[str, tuple[str, str, str]] = {
    # -- query parameters (OGC API Features Parts 1-3) --------------------------------------------------
    "unknown-parameters": ("Unknown query parameter(s) {unknown} for {where}. Known: {known}.",
                           "Nieznane parametry zapytania {unknown} dla {where}. Znane: {known}.",
                           "Невідомі параметри запиту {unknown} для {where}. Відомі: {known}."),
    "invalid-request-parameters": ("Invalid request parameters: {errors}", "Nieprawidłowe parametry zapytania: {errors}",
                                   "Некоректні параметри запиту: {errors}"),
    "bad-datetime": ("datetime '{value}' is neither an RFC 3339 date-time (2024-05-01T12:00:00Z), a date (2024-05-01) "
                     "nor an interval of them (2024-05-01/2024-05-31, 2024-05-01/.., ../2024-05-31).",
                     "datetime „{value}” nie jest ani datą z godziną RFC 3339 (2024-05-01T12:00:00Z), ani datą "
                     "(2024-05-01), ani przedziałem (2024-05-01/2024-05-31, 2024-05-01/.., ../2024-05-31).",
                     "datetime «{value}» не є ні датою з часом RFC 3339 (2024-05-01T12:00:00Z), ні датою "
                     "(2024-05-01), ні проміжком (2024-05-01/2024-05-31, 2024-05-01/.., ../2024-05-31)."),
    "datetime-reversed": ("datetime '{value}': the interval ends before it starts.",
                          "datetime „{value}”: przedział kończy się przed swoim początkiem.",
                          "datetime «{value}»: проміжок закінчується раніше, ніж починається."),
    "bbox-not-numbers": ("bbox '{value}' must be four numbers (minLon,minLat,maxLon,maxLat) or six "
                         "(minLon,minLat,minHeight,maxLon,maxLat,maxHeight).",
                         "bbox „{value}” musi składać się z czterech liczb (minLon,minLat,maxLon,maxLat) lub sześciu "
                         "(minLon,minLat,minHeight,maxLon,maxLat,maxHeight).",
                         "bbox «{value}» має складатися з чотирьох чисел (minLon,minLat,maxLon,maxLat) або шести "
                         "(minLon,minLat,minHeight,maxLon,maxLat,maxHeight)."),
    "bbox-y-reversed": ("bbox '{value}': the minimum latitude (or y) is above the maximum.",
                        "bbox „{value}”: najmniejsza szerokość geograficzna (lub y) jest większa od największej.",
                        "bbox «{value}»: найменша широта (або y) більша за найбільшу."),
    "bbox-x-reversed": ("bbox '{value}': the minimum x is above the maximum.",
                        "bbox „{value}”: najmniejsze x jest większe od największego.",
                        "bbox «{value}»: найменше x більше за найбільше."),
    "bbox-out-of-range": ("bbox '{value}': longitudes lie within -180..180 and latitudes within -90..90.",
                          "bbox „{value}”: długości geograficzne mieszczą się w -180..180, a szerokości w -90..90.",
                          "bbox «{value}»: довгота лежить у межах -180..180, а широта — у межах -90..90."),
    "crs-unsupported": ("{parameter} '{value}' is not supported. Supported: {supported}.",
                        "{parameter} „{value}” nie jest obsługiwany. Obsługiwane: {supported}.",
                        "{parameter} «{value}» не підтримується. Підтримувані: {supported}."),
    "filter-crs": ("filter-crs: filters take CRS84 coordinates only.",
                   "filter-crs: filtry przyjmują tylko współrzędne CRS84.",
                   "filter-crs: фільтри приймають лише координати CRS84."),
    "filter-lang": ("filter-lang '{language}' is not supported: use cql2-text or cql2-json.",
                    "filter-lang „{language}” nie jest obsługiwany: użyj cql2-text lub cql2-json.",
                    "filter-lang «{language}» не підтримується: використайте cql2-text або cql2-json."),
    "filter-syntax": ("The filter is not valid {language}: {error}", "Filtr nie jest poprawnym {language}: {error}",
                      "Фільтр не є коректним {language}: {error}"),
    "filter-not-date": ("'{value}' is not a date, which {property} is compared with.",
                        "„{value}” nie jest datą, a z datą porównywane jest {property}.",
                        "«{value}» не є датою, а {property} порівнюється з датою."),
    "filter-not-datetime": ("'{value}' is not a date-time, which {property} is compared with.",
                            "„{value}” nie jest datą z godziną, a z nią porównywane jest {property}.",
                            "«{value}» не є датою з часом, а {property} порівнюється саме з нею."),
    "filter-date-with-time": ("{property} is a date: compare it with a date (2025-06-01), not the time '{value}'.",
                              "{property} to data: porównuj z datą (2025-06-01), nie z czasem „{value}”.",
                              "{property} — це дата: порівнюйте з датою (2025-06-01), а не з часом «{value}»."),
    "filter-property": ("'{name}' cannot be compared in a filter of {layer}. Queryables: {queryables}.",
                        "„{name}” nie może być porównywane w filtrze warstwy {layer}. Dostępne pola: {queryables}.",
                        "«{name}» не можна порівнювати у фільтрі шару {layer}. Доступні поля: {queryables}."),
    "filter-unsupported": ("The filter uses {what}, which this store does not evaluate.",
                           "Filtr używa {what}, czego ten magazyn nie obsługuje.",
                           "Фільтр використовує {what}, чого це сховище не обробляє."),
    "filter-spatial-unsupported": ("The filter uses {what}, which this store does not evaluate: S_INTERSECTS takes "
                                   "only BBOX(...) or ENVELOPE(...) here.",
                                   "Filtr używa {what}, czego ten magazyn nie obsługuje: S_INTERSECTS przyjmuje tu "
                                   "tylko BBOX(...) lub ENVELOPE(...).",
                                   "Фільтр використовує {what}, чого це сховище не обробляє: S_INTERSECTS приймає тут "
                                   "лише BBOX(...) або ENVELOPE(...)."),
    "request-nul": ("The request holds a NUL character (%00), which no id, code or parameter may contain.",
                    "Zapytanie zawiera znak NUL (%00), którego nie może zawierać żaden identyfikator, kod ani parametr.",
                    "Запит містить символ NUL (%00), якого не може містити жоден ідентифікатор, код чи параметр."),
    "too-many-cells": ("cell: {count} cells; make the cells larger (at most {max}).",
                       "cell: {count} komórek; powiększ komórki (najwyżej {max}).",
                       "cell: {count} комірок; збільште комірки (не більше {max})."),
    "changeset-id-invalid": ("{value} is not a changeset id (a UUID).",
                             "{value} nie jest identyfikatorem zestawu zmian (UUID).",
                             "{value} не є ідентифікатором набору змін (UUID)."),
    "since-invalid": ("'since' must be an ISO 8601 time such as 2024-05-01T12:00:00Z, not {value}.",
                      "'since' musi być czasem ISO 8601, np. 2024-05-01T12:00:00Z, a nie {value}.",
                      "'since' має бути часом ISO 8601, напр. 2024-05-01T12:00:00Z, а не {value}."),
    # -- paths and methods ----------------------------------------------------------------------------
    "no-path": ("There is nothing at {path}. See /api for the endpoints.",
                "Pod adresem {path} nic nie ma. Dostępne adresy opisuje /api.",
                "За адресою {path} нічого немає. Доступні адреси описує /api."),
    "method-not-allowed": ("{method} is not allowed on {path}.", "Metoda {method} nie jest dozwolona dla {path}.",
                           "Метод {method} не дозволений для {path}."),
    "no-collection": ("There is no collection '{name}'. Collections: {collections}.",
                      "Nie ma warstwy „{name}”. Warstwy: {collections}.",
                      "Немає шару «{name}». Шари: {collections}."),
    "read-only-collection": ("Collection '{name}' is read-only; boundaries change only by an operator's import.",
                             "Warstwa „{name}” jest tylko do odczytu; granice zmienia wyłącznie import operatora.",
                             "Шар «{name}» лише для читання; межі змінює тільки імпорт оператора."),
    "was-deleted": ("Feature {id} was deleted by {user} at {at}.", "Obiekt {id} został usunięty przez {user} ({at}).",
                    "Об'єкт {id} видалив {user} ({at})."),
    "no-user": ("There is no user '{name}'.", "Nie ma użytkownika „{name}”.", "Немає користувача «{name}»."),
    "web-not-built": ("The web page is not built on this store (make web).",
                      "Strona internetowa nie została zbudowana w tym magazynie (make web).",
                      "Вебсторінку не зібрано в цьому сховищі (make web)."),
    "no-web-file": ("There is no file {name} of the web page.", "Strona internetowa nie ma pliku {name}.",
                    "Вебсторінка не має файлу {name}."),
    "no-swagger-file": ("There is no file {name} of Swagger UI.", "Swagger UI nie ma pliku {name}.",
                        "Swagger UI не має файлу {name}."),
    # -- bodies ---------------------------------------------------------------------------------------
    "media-type": ("Send the body as {accepted_or}, not {given}.", "Wyślij treść jako {accepted_or}, nie {given}.",
                   "Надішліть тіло як {accepted_or}, а не {given}."),
    "media-type-missing": ("Send the body as {accepted_or}, not no content type.",
                           "Wyślij treść jako {accepted_or}; nie podano typu zawartości.",
                           "Надішліть тіло як {accepted_or}; тип вмісту не вказано."),
    "body-timeout": ("The request body did not arrive within {seconds} seconds. Send it again, all at once.",
                     "Treść zapytania nie dotarła w ciągu {seconds} s. Wyślij ją ponownie, w całości.",
                     "Тіло запиту не надійшло протягом {seconds} с. Надішліть його знову, повністю."),
    "header-timeout": ("The request's headers did not arrive within {seconds} seconds. Send the request again, all at "
                       "once.",
                       "Nagłówki zapytania nie dotarły w ciągu {seconds} s. Wyślij zapytanie ponownie, w całości.",
                       "Заголовки запиту не надійшли протягом {seconds} с. Надішліть запит знову, повністю."),
    "json-too-deep": ("The JSON is nested too deeply to be a feature.",
                      "JSON jest zagnieżdżony zbyt głęboko, by mógł być obiektem.",
                      "JSON вкладено надто глибоко, щоб він міг бути об'єктом."),
    "malformed-json": ("The body is not valid JSON: {error}.", "Treść nie jest poprawnym JSON: {error}.",
                       "Тіло не є коректним JSON: {error}."),
    "json-nul": ("The body holds a NUL character (\\u0000), which no id, code or text may contain.",
                 "Treść zawiera znak NUL (\\u0000), którego nie może zawierać żaden identyfikator, kod ani tekst.",
                 "Тіло містить символ NUL (\\u0000), якого не може містити жоден ідентифікатор, код чи текст."),
    "json-surrogate": ("The body is not valid JSON text: it holds an unpaired UTF-16 surrogate escape (\\ud800-\\udfff).",
                       "Treść nie jest poprawnym tekstem JSON: zawiera niesparowany zastępczy znak UTF-16 "
                       "(\\ud800-\\udfff).",
                       "Тіло не є коректним текстом JSON: містить непарний сурогатний символ UTF-16 (\\ud800-\\udfff)."),
    "body-too-large": ("The body is {size} bytes; at most {max} are accepted. Send fewer features per request.",
                       "Treść ma {size} bajtów; przyjmowane jest najwyżej {max}. Wysyłaj mniej obiektów naraz.",
                       "Тіло має {size} байтів; приймається не більше {max}. Надсилайте менше об'єктів за раз."),
    "body-too-large-streamed": ("The body exceeds {max} bytes. Send fewer features per request.",
                                "Treść przekracza {max} bajtów. Wysyłaj mniej obiektów naraz.",
                                "Тіло перевищує {max} байтів. Надсилайте менше об'єктів за раз."),
    "not-a-feature": ("The body must be a GeoJSON Feature: {{\"type\": \"Feature\", \"geometry\": ..., "
                      "\"properties\": {{...}}}}.",
                      "Treść musi być obiektem GeoJSON Feature: {{\"type\": \"Feature\", \"geometry\": ..., "
                      "\"properties\": {{...}}}}.",
                      "Тіло має бути об'єктом GeoJSON Feature: {{\"type\": \"Feature\", \"geometry\": ..., "
                      "\"properties\": {{...}}}}."),
    "feature-members": ("Unknown member(s) of the Feature: {members}.", "Nieznane elementy obiektu Feature: {members}.",
                        "Невідомі елементи об'єкта Feature: {members}."),
    "id-not-text": ("The feature id must be a UUID string.", "Identyfikator obiektu musi być tekstem UUID.",
                    "Ідентифікатор об'єкта має бути рядком UUID."),
    "id-mismatch": ("The body's id {body_id} differs from the URL's {id}.",
                    "Identyfikator w treści ({body_id}) różni się od identyfikatora w adresie ({id}).",
                    "Ідентифікатор у тілі ({body_id}) відрізняється від ідентифікатора в адресі ({id})."),
    "properties-required": ("A replacement needs 'properties' as an object.",
                            "Zastąpienie obiektu wymaga 'properties' jako obiektu JSON.",
                            "Заміна об'єкта потребує 'properties' як об'єкта JSON."),
    "not-a-patch": ("A merge patch of a Feature is a JSON object like {{\"properties\": {{\"phone\": \"+48 ...\"}}}}.",
                    "Łatka (merge patch) obiektu to obiekt JSON, np. {{\"properties\": {{\"phone\": \"+48 ...\"}}}}.",
                    "Латка (merge patch) об'єкта — це об'єкт JSON, напр. {{\"properties\": {{\"phone\": \"+48 ...\"}}}}."),
    "patch-members": ("Unknown member(s) in the patch: {members}.", "Nieznane elementy łatki: {members}.",
                      "Невідомі елементи латки: {members}."),
    "geometry-null": ("A feature cannot lose its geometry; send a new one instead of null.",
                      "Obiekt nie może stracić geometrii; zamiast null wyślij nową.",
                      "Об'єкт не може втратити геометрію; замість null надішліть нову."),
    # -- versions and ids -----------------------------------------------------------------------------
    "if-match-required": ("Writes need an 'If-Match' header with the feature's ETag (GET the item first), so nobody "
                          "overwrites a change they have not seen.",
                          "Zapis wymaga nagłówka 'If-Match' z ETagiem obiektu (najpierw pobierz obiekt), aby nikt "
                          "nie nadpisał zmiany, której nie widział.",
                          "Запис потребує заголовка 'If-Match' з ETag об'єкта (спершу отримайте об'єкт), щоб ніхто "
                          "не перезаписав зміну, якої не бачив."),
    "stale": ("The feature changed: its ETag is now {etag}, you sent {sent}. GET it again and reapply your change.",
              "Obiekt się zmienił: jego ETag to teraz {etag}, wysłano {sent}. Pobierz go ponownie i powtórz zmianę.",
              "Об'єкт змінився: його ETag тепер {etag}, надіслано {sent}. Отримайте його знову й повторіть зміну."),
    "id-exists": ("Feature {id} already exists. Create it with a new id.",
                  "Obiekt {id} już istnieje. Utwórz go z nowym identyfikatorem.",
                  "Об'єкт {id} уже існує. Створіть його з новим ідентифікатором."),
    "id-deleted": ("Feature {id} was deleted; ids are never reused. Create it with a new id.",
                   "Obiekt {id} został usunięty; identyfikatorów nie używa się ponownie. Utwórz go z nowym "
                   "identyfikatorem.",
                   "Об'єкт {id} видалено; ідентифікатори ніколи не використовуються повторно. Створіть його з новим "
                   "ідентифікатором."),
    # -- changesets -----------------------------------------------------------------------------------
    "changeset-not-object": ("A changeset is a JSON object with 'id' (a UUID) and 'operations' (a list).",
                             "Zestaw zmian to obiekt JSON z 'id' (UUID) i 'operations' (listą).",
                             "Набір змін — це об'єкт JSON з 'id' (UUID) і 'operations' (списком)."),
    "changeset-id": ("The changeset id {value} is not a UUID. Generate one per changeset and keep it for retries.",
                     "Identyfikator zestawu zmian {value} nie jest UUID. Wygeneruj nowy dla każdego zestawu i użyj "
                     "go ponownie przy powtórzeniach.",
                     "Ідентифікатор набору змін {value} не є UUID. Створіть новий для кожного набору й використовуйте "
                     "його під час повторів."),
    "operations-empty": ("'operations' must be a non-empty list.", "'operations' musi być niepustą listą.",
                         "'operations' має бути непорожнім списком."),
    "too-many-operations": ("A changeset may hold at most {max} operations; this one has {count}. Split it.",
                            "Zestaw zmian może zawierać najwyżej {max} operacji; ten ma {count}. Podziel go.",
                            "Набір змін може містити не більше {max} операцій; цей має {count}. Розділіть його."),
    "changeset-id-taken": ("Changeset id {id} was already used by another user. Use a new UUID.",
                           "Identyfikator zestawu zmian {id} został już użyty przez innego użytkownika. Użyj nowego "
                           "UUID.",
                           "Ідентифікатор набору змін {id} уже використав інший користувач. Використайте новий UUID."),
    "id-reused": ("Changeset id {id} was already applied with other operations. A retry must send exactly the same "
                  "operations; send new changes under a new UUID.",
                  "Zestaw zmian {id} został już zastosowany z innymi operacjami. Powtórzenie musi wysłać dokładnie "
                  "te same operacje; nowe zmiany wyślij pod nowym UUID.",
                  "Набір змін {id} уже застосовано з іншими операціями. Повтор має надіслати точно ті самі "
                  "операції; нові зміни надсилайте під новим UUID."),
    "op-not-object": ("An operation must be a JSON object.", "Operacja musi być obiektem JSON.",
                      "Операція має бути об'єктом JSON."),
    "op-collection": ("'collection' must be one of {editable}, not {given}.",
                      "'collection' musi być jedną z: {editable}, a nie {given}.",
                      "'collection' має бути одним із: {editable}, а не {given}."),
    "op-id-missing": ("'id' of the feature is missing.", "Brak 'id' obiektu.", "Бракує 'id' об'єкта."),
    "op-base-version": ("'base_version' must be the integer version the {op} started from (0 to {max}).",
                        "'base_version' musi być liczbą całkowitą: wersją, od której zaczęła się operacja {op} "
                        "(0 do {max}).",
                        "'base_version' має бути цілим числом: версією, з якої почалася операція {op} (0 до {max})."),
    "op-kind": ("'op' must be create, update or delete, not {given}.",
                "'op' musi być create, update lub delete, a nie {given}.",
                "'op' має бути create, update або delete, а не {given}."),
}

# FastAPI's (pydantic's) refusals of a typed query parameter, by its error type; English keeps its own text
PARAMETER_ERRORS: dict[str, tuple[str, str]] = {
    "int_parsing": ("podaj liczbę całkowitą", "вкажіть ціле число"),
    "float_parsing": ("podaj liczbę", "вкажіть число"),
    "bool_parsing": ("podaj true lub false", "вкажіть true або false"),
    "greater_than_equal": ("wartość musi być nie mniejsza niż {ge}", "значення має бути не менше ніж {ge}"),
    "greater_than": ("wartość musi być większa niż {gt}", "значення має бути більше ніж {gt}"),
    "less_than_equal": ("wartość musi być nie większa niż {le}", "значення має бути не більше ніж {le}"),
    "less_than": ("wartość musi być mniejsza niż {lt}", "значення має бути менше ніж {lt}"),
    "missing": ("parametr wymagany", "обов'язковий параметр"),
}
