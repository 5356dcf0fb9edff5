"""Russian messages: 4 attacks, 4 genuine."""

from common import utc
from kit import S, M, ID, RU, BIK_SPB_SBER, BIK_NSK, plain, alt, outlook_alt, with_atts, pdf_att, b64, sig
from mime import attachment, html_branded, html_simple, html_outlook
from attach import pdf, zip_crypto, PLACEHOLDER
from infra import vps_postfix, yandex, mailgun, mailru, internal
from services import yandex_id

ATTACKS = []
BUSINESS = []

INN = ID["eg_ru_inn"]

# ---------------------------------------------------------------------------
# A37. 'Tax office demand' with a password-protected ZIP (koi8-r, The Bat!)
# ---------------------------------------------------------------------------
fns_pwd = "4471"
fns_zip = zip_crypto([("Требование_о_представлении_пояснений_№12-08-4471.pdf.exe", PLACEHOLDER),
                      ("Реестр_расхождений_3кв2026.xls.scr", PLACEHOLDER)], fns_pwd, "A-ru-fns",
                     date_time=(2026, 11, 12, 9, 41, 18))
fns_txt = """Уважаемый налогоплательщик!

Межрайонная ИФНС России N 15 по Санкт-Петербургу в соответствии со статьей 88 Налогового кодекса Российской Федерации при проведении камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 года, представленной ООО "Экзампл Груп Рус" (ИНН %s), выявила расхождения между сведениями об операциях, содержащимися в декларации, и сведениями, представленными вашими контрагентами.

В течение пяти рабочих дней со дня получения настоящего требования необходимо представить пояснения или внести соответствующие исправления в налоговую декларацию.

Требование о представлении пояснений N 12-08/4471 от 12.11.2026 и реестр расхождений направляются во вложении. В целях защиты сведений, составляющих налоговую тайну, архив защищен паролем: %s

Непредставление пояснений в установленный срок влечет ответственность, предусмотренную статьей 129.1 НК РФ.

Заместитель начальника инспекции
советник государственной гражданской службы РФ 2 класса
Н. В. Соколова
""" % (INN, fns_pwd)
ATTACKS.append(M(
    id="A-ru-fns", lang="ru", slug="trebovanie-ifns-arhiv-s-parolem",
    t=utc(2026, 11, 12, 8, 52, 30),
    frm=("Межрайонная ИФНС России № 15 по Санкт-Петербургу", "ifns15@nalog-trebovanie.ru"),
    to=[S["ru_acc"].nm(native=True)],
    subject="Требование о представлении пояснений № 12-08/4471 от 12.11.2026",
    transport=vps_postfix("mail.nalog-trebovanie.ru", "89.108.76.219", rdns="vm1543219.firstbyte.club", client_ip="188.120.243.90", zone="+0300"),
    mua="thebat", zone="MSK", hdr_cs="koi8-r", hdr_enc="B",
    body=with_atts(plain(fns_txt, cs="koi8-r", cte="quoted-printable"),
                   [attachment(fns_zip, "application/x-zip-compressed", "Требование_№12-08-4471.zip")]),
    zip_password=fns_pwd, lookalikes=["nalog-trebovanie.ru"],
    what="'Tax inspectorate' demand for explanations on the Q3 VAT return, documents in a password-protected ZIP.",
    why="The FNS sends demands via the TKS/EDI operator, never by e-mail from nalog-trebovanie.ru; encrypted archive with the password in the body hides .pdf.exe / .xls.scr files (placeholders) – a common RU malware campaign pattern."))

# ---------------------------------------------------------------------------
# A38. 'Chestny ZNAK' marking system credential phishing (windows-1251 base64)
# ---------------------------------------------------------------------------
cz_url = "https://lk.markirovka.crpt-prodlenie-ukep.ru/auth?inn=%s&e=%s" % (INN, b64(S["ru_acc"].addr))
cz_txt = """Честный ЗНАК
Национальная система цифровой маркировки

Уважаемый участник оборота!

Информируем вас, что срок действия сертификата квалифицированной электронной подписи, зарегистрированного в личном кабинете участника оборота ООО "ЭКЗАМПЛ ГРУП РУС" (ИНН %s), истекает 05.12.2026.

После окончания срока действия сертификата вывод из оборота и приемка маркированной продукции (товарная группа "Пиво и слабоалкогольные напитки") будут невозможны, а коды маркировки в ваших остатках будут заблокированы до повторной регистрации.

Чтобы сохранить доступ, подтвердите данные организации и привяжите новый сертификат в личном кабинете:

[[Перейти в личный кабинет|%s]]

С уважением,
Служба поддержки Честного ЗНАКа
ООО "Оператор-ЦРПТ"
""" % (INN, cz_url)
cz_html = html_branded("Истекает срок действия сертификата УКЭП",
                       ["Уважаемый участник оборота!",
                        "Информируем вас, что срок действия сертификата квалифицированной электронной подписи, зарегистрированного в личном кабинете участника оборота ООО \"ЭКЗАМПЛ ГРУП РУС\" (ИНН %s), истекает 05.12.2026." % INN,
                        "После окончания срока действия сертификата вывод из оборота и приемка маркированной продукции (товарная группа \"Пиво и слабоалкогольные напитки\") будут невозможны, а коды маркировки в ваших остатках будут заблокированы до повторной регистрации."],
                       button=("Перейти в личный кабинет", cz_url),
                       footer="Служба поддержки Честного ЗНАКа – ООО \"Оператор-ЦРПТ\"",
                       brand="#2b2b2b", logo_text="Честный ЗНАК", lang="ru")
ATTACKS.append(M(
    id="A-ru-cz", lang="ru", slug="chestny-znak-blokirovka-ukep",
    t=utc(2026, 11, 30, 7, 4, 51),
    frm=("Честный ЗНАК", "info@chestnyznak-uvedomlenie.ru"),
    to=[S["ru_acc"].nm(native=True)], cc=[S["ru_mgr"].nm(native=True)],
    subject="Блокировка оборота маркированной продукции: истекает сертификат УКЭП",
    transport=vps_postfix("mx1.chestnyznak-uvedomlenie.ru", "194.87.214.61", rdns="194-87-214-61.cloudvps.regruhosting.ru", auth=False, zone="+0300"),
    mua="none", zone="MSK", hdr_cs="windows-1251", hdr_enc="B",
    body=alt(cz_txt, cz_html, cs="windows-1251", cte="base64"),
    lookalikes=["chestnyznak-uvedomlenie.ru", "crpt-prodlenie-ukep.ru"],
    what="Phishing posing as Chestny ZNAK (Russia's mandatory product-marking system, which covers beer): the e-signature certificate expires and marked beer will be blocked unless the user logs in.",
    why="Sender domain and link (lk.markirovka.crpt-prodlenie-ukep.ru) are not the operator's crpt.ru; sent from a rented VPS; threat to block beer sales; certificates are renewed at a certification centre, not via an e-mailed link."))

# ---------------------------------------------------------------------------
# A39. Refund fraud from a look-alike customer domain (windows-1251 QP)
# ---------------------------------------------------------------------------
ref_txt = """Ольга, добрый день!

При проведении сверки за 3 квартал наша бухгалтерия обнаружила, что счет № 1187 от 14.10.2026 на сумму 486 300,00 руб. (в т.ч. НДС) был оплачен нами дважды - платежными поручениями № 2241 от 20.10.2026 и № 2318 от 27.10.2026.

Просим вернуть излишне перечисленную сумму 486 300,00 руб. В связи со сменой обслуживающего банка (расчетный счет в Северо-Западном банке закрывается 30.11) просим перечислить возврат на новые реквизиты:

Получатель: ООО "Невские напитки"
ИНН %s
Р/с %s
Банк: Сибирский банк ПАО Сбербанк, г. Новосибирск
БИК %s
К/с %s

Письмо на возврат с подписью генерального директора и печатью во вложении. Прошу подтвердить дату возврата ответным письмом, так как мы закрываем квартал.

С уважением,
Андрей Кузнецов
Финансовый директор
ООО "Невские напитки"
""" % (ID["fake_nevskie_inn"], RU["fraud_rs"], BIK_NSK, RU["fraud_ks"])
ref_pdf = pdf([[("OOO \"Nevskie napitki\"", 14, True), "Sankt-Peterburg", ("", 0, False),
                ("Pismo o vozvrate izlishne perechislennykh denezhnykh sredstv", 12, True), ("", 0, False),
                "Prosim vernut summu 486 300,00 rub., oshibochno perechislennuyu p/p No 2318 ot 27.10.2026,",
                "po sleduyushchim rekvizitam:",
                "INN " + ID["fake_nevskie_inn"] + "  R/s " + RU["fraud_rs"],
                "Sibirskiy bank PAO Sberbank, g. Novosibirsk  BIK " + BIK_NSK + "  K/s " + RU["fraud_ks"], ("", 0, False),
                "Generalnyy direktor ______________ / M. P."]],
              title="Pismo o vozvrate", author="", producer="Microsoft: Print To PDF", creator="", created="20261124112040+03'00'")
ATTACKS.append(M(
    id="A-ru-refund", lang="ru", slug="vozvrat-pereplaty-lookalike-klient",
    t=utc(2026, 11, 24, 9, 21, 7),
    frm=("Андрей Кузнецов", "a.kuznetsov@nevskie-napitkl.ru"),
    to=[S["ru_acc"].nm(native=True)],
    subject="Возврат излишне перечисленных средств по счету № 1187",
    transport=yandex(host="forward501a.mail.yandex.net", ip="178.154.239.81", web=False), mua="outlook",
    lang_tag="ru-RU", zone="MSK", hdr_cs="windows-1251",
    body=with_atts(outlook_alt(ref_txt, cs="windows-1251", cte="quoted-printable", lang="RU"),
                   [pdf_att(ref_pdf, "Pismo_vozvrat_1187.pdf")]),
    lookalikes=["nevskie-napitkl.ru"],
    what="Refund fraud: 'the customer Nevskie Napitki' claims to have paid an invoice twice and asks for RUB 486,300 back to a 'new' account in Novosibirsk.",
    why="Look-alike domain nevskie-napitkl.ru (l instead of i) on Yandex 360; the INN given differs from the real customer's INN; a St Petersburg company suddenly banking in Novosibirsk; refunds must go to the payer's account of record; confirmation by mail only. (Account and BIK keys are valid, so only a business check reveals the fraud.)"))

# ---------------------------------------------------------------------------
# A40. Yandex ID credential phishing (Mailgun, utf-8)
# ---------------------------------------------------------------------------
ya_url = "https://passport.yandex.ru.id-vhod-podtverzhdenie.com/auth/verify?uid=" + b64(S["ru_mgr"].addr)
ya_txt = """Яндекс ID

Подозрительный вход в аккаунт

Здравствуйте, Сергей!

Мы заметили вход в ваш аккаунт с нового устройства:

Устройство: Windows 10, Яндекс Браузер
Местоположение: Казань, Россия (IP 95.26.114.77)
Время: 03.12.2026, 02:14 (МСК)

Если это были вы, ничего делать не нужно.

Если вы не входили в аккаунт, немедленно подтвердите владение аккаунтом и смените пароль - иначе через 24 часа доступ к аккаунту, Яндекс Бизнесу и рекламным кампаниям будет ограничен:

[[Это был не я - защитить аккаунт|%s]]

С заботой о вашей безопасности,
Команда Яндекс ID
""" % ya_url
ya_html = html_branded("Подозрительный вход в аккаунт",
                       ["Здравствуйте, Сергей!",
                        "Мы заметили вход в ваш аккаунт с нового устройства: Windows 10, Яндекс Браузер – Казань, Россия (IP 95.26.114.77) – 03.12.2026, 02:14 (МСК).",
                        "Если это были вы, ничего делать не нужно.",
                        "Если вы не входили в аккаунт, немедленно подтвердите владение аккаунтом и смените пароль - иначе через 24 часа доступ к аккаунту, Яндекс Бизнесу и рекламным кампаниям будет ограничен."],
                       button=("Это был не я - защитить аккаунт", ya_url),
                       footer="С заботой о вашей безопасности, команда Яндекс ID",
                       brand="#fc3f1d", logo_text="Яндекс ID", lang="ru")
ATTACKS.append(M(
    id="A-ru-yandex", lang="ru", slug="yandex-id-podozritelnyy-vhod-phishing",
    t=utc(2026, 12, 3, 6, 40, 12),
    frm=("Яндекс ID", "noreply@id-yandex-security.ru"),
    to=[S["ru_mgr"].nm(native=True)],
    subject="Подозрительный вход в аккаунт Яндекс ID",
    transport=mailgun("mg.id-yandex-security.ru", ip="143.55.236.18", host="m236-18.mailgun.net"), mua="none", zone="MSK",
    body=alt(ya_txt, ya_html, cs="utf-8", cte="quoted-printable"),
    lookalikes=["id-yandex-security.ru", "passport.yandex.ru.id-vhod-podtverzhdenie.com"],
    what="Fake Yandex ID 'suspicious sign-in from Kazan' alert with a 'this wasn't me' button.",
    why="Sent via Mailgun from id-yandex-security.ru, not Yandex's own servers/domain; the button leads to passport.yandex.ru.id-vhod-podtverzhdenie.com (sub-domain trick) to steal the password; 24-hour lock-out threat."))

# ===========================================================================
# genuine
# ===========================================================================
akt_txt = """Ольга, добрый день!

Направляю акт сверки взаимных расчетов между ООО "Невские напитки" и ООО "Экзампл Груп Рус" за 3 квартал 2026 года. По нашим данным задолженность на 30.09.2026 отсутствует, сальдо 0,00 руб.

Подписанный с нашей стороны экземпляр уже отправлен через Диадок, прошу подписать его там же. PDF прикладываю для удобства.

Напоминаю наши реквизиты (без изменений):
ИНН %s, ОГРН %s
Р/с %s в Северо-Западном банке ПАО Сбербанк, г. Санкт-Петербург
БИК %s, к/с %s

По поставкам на декабрь: заявку на пиво к Новому году пришлем до 04.12.

С уважением,
Андрей Кузнецов
Финансовый директор
ООО "Невские напитки"
Тел. +7 812 336-41-07
""" % (ID["nevskie_inn"], ID["nevskie_ogrn"], RU["nevskie_rs"], BIK_SPB_SBER, RU["nevskie_ks"])
akt_pdf = pdf([[("Akt sverki vzaimnykh raschetov za 3 kvartal 2026 g.", 13, True),
                "mezhdu OOO \"Nevskie napitki\" (INN " + ID["nevskie_inn"] + ") i OOO \"Ekzampl Grup Rus\" (INN " + INN + ")", ("", 0, False),
                "Saldo na 01.07.2026: 0,00", "Otgruzki: 3 148 200,00   Oplaty: 3 148 200,00", ("Saldo na 30.09.2026: 0,00", 10, True),
                ("", 0, False), "R/s " + RU["nevskie_rs"] + "  BIK " + BIK_SPB_SBER + "  K/s " + RU["nevskie_ks"]]],
              title="Akt sverki 3 kv 2026", author="1C", producer="1C:Enterprise 8.3", creator="1C:Enterprise 8.3",
              created="20261016143010+03'00'")
BUSINESS.append(M(
    id="B-ru-akt", lang="ru", slug="klient-akt-sverki-3kv-rekvizity",
    t=utc(2026, 10, 16, 13, 35, 22),
    frm=("Андрей Кузнецов", "a.kuznetsov@nevskie-napitki.ru"),
    to=[S["ru_acc"].nm(native=True)],
    subject="Акт сверки за 3 квартал 2026",
    transport=yandex(host="forward500b.mail.yandex.net", ip="178.154.239.144", web=False), mua="outlook",
    lang_tag="ru-RU", zone="MSK", hdr_cs="koi8-r", hdr_enc="B",
    body=with_atts(plain(akt_txt, cs="koi8-r", cte="quoted-printable"), [pdf_att(akt_pdf, "Akt_sverki_3kv2026.pdf")]),
    pairs=["A-ru-refund"],
    pair_note="Same customer and the same contact name. Genuine: real domain nevskie-napitki.ru, reconciliation with zero balance, real INN/OGRN and the St Petersburg Sberbank account, signature via Diadoc; attack: look-alike domain, alleged double payment, refund to a Novosibirsk account with a different INN.",
    what="Customer Nevskie Napitki sends the Q3 reconciliation statement (zero balance) and restates its unchanged bank details.",
    why="Real customer domain on Yandex 360; figures consistent, INN/OGRN valid, account passes the BIK control-key check and matches the master data; document exchanged via Diadoc as usual."))

yid_txt = """Яндекс ID

Вход в аккаунт

Здравствуйте, Сергей!

В ваш аккаунт s.volkov.eg выполнен вход с нового устройства.

Устройство: Windows, Яндекс Браузер
Место: Санкт-Петербург, Россия
Время: 24 ноября 2026, 10:12 (МСК)

Если это были вы, ничего делать не нужно.

Если вы не входили, смените пароль на странице https://id.yandex.ru/security и проверьте список устройств.

Это письмо отправлено автоматически, отвечать на него не нужно.
С уважением,
Команда Яндекс ID
"""
yid_html = html_branded("Вход в аккаунт",
                        ["Здравствуйте, Сергей!", "В ваш аккаунт s.volkov.eg выполнен вход с нового устройства.",
                         "Устройство: Windows, Яндекс Браузер – Место: Санкт-Петербург, Россия – Время: 24 ноября 2026, 10:12 (МСК)",
                         "Если это были вы, ничего делать не нужно.",
                         "Если вы не входили, смените пароль на странице [[id.yandex.ru/security|https://id.yandex.ru/security]] и проверьте список устройств."],
                        footer="Это письмо отправлено автоматически, отвечать на него не нужно.\nС уважением, команда Яндекс ID",
                        brand="#fc3f1d", logo_text="Яндекс ID", lang="ru")
BUSINESS.append(M(
    id="B-ru-yandexid", lang="ru", slug="yandex-id-vhod-uvedomlenie-genuine",
    t=utc(2026, 11, 24, 8, 12, 40),
    frm=("Яндекс ID", "noreply@id.yandex.ru"),
    to=[S["ru_mgr"].nm(native=True)],
    subject="Вход в аккаунт",
    transport=yandex_id(), mua="none", zone="MSK",
    body=alt(yid_txt, yid_html, cs="utf-8", cte="base64"),
    pairs=["A-ru-yandex"],
    pair_note="Both are Yandex ID sign-in notices. Genuine: from id.yandex.ru via Yandex's own forward servers, sign-in from the user's own city during office hours, links only to id.yandex.ru; attack: Mailgun from id-yandex-security.ru, 'Kazan at 02:14', button to a sub-domain trick.",
    what="Yandex ID notifies the RU office manager of a sign-in from a new device in St Petersburg (his own).",
    why="From noreply@id.yandex.ru through Yandex's forward*.mail.yandex.net servers; informational, points to id.yandex.ru only."))

sick_txt = """Оля, привет!

Пишу с личной почты - я с температурой, открыл больничный (ЭЛН уже в Госуслугах, номер пришлю в HR). Думаю, до конца недели.

По срочному: платежи на эту неделю я подписал в банке еще в понедельник, остальное может подождать. Встречу с "Невскими напитками" по новогодней заявке перенеси, пожалуйста, на 8-е, Андрей в курсе. Если что-то горит - звони, трубку беру.

Сергей
"""
BUSINESS.append(M(
    id="B-ru-sick", lang="ru", slug="rukovoditel-bolnichnyy-lichnaya-pochta",
    t=utc(2026, 12, 2, 6, 30, 44),
    frm=("Сергей Волков", "s.volkov.spb@mail.ru"),
    to=[S["ru_acc"].nm(native=True)], cc=[S["hr"].nm()],
    subject="Больничный",
    transport=mailru(client_ip="85.140.22.164"), mua="none", zone="MSK", hdr_cs="windows-1251",
    body=plain(sick_txt, cs="windows-1251", cte="8bit"),
    what="RU office manager reports sick from his private Mail.ru address; nothing to pay, only a meeting to move.",
    why="Private mail from Mail.ru's web interface (Russian mobile IP) used to report absence; no payment, bank or credential request; consistent internal context."))

czi_txt = """Коллеги, добрый день!

Напоминаю: 15.12.2026 истекает сертификат КЭП генерального директора, который используется в личном кабинете Честного ЗНАКа, в ЕГАИС и в Диадоке.

- Новый сертификат Сергей Волков получит лично в удостоверяющем центре ФНС (запись на 09.12, токен у меня). После этого я сама привяжу его в личном кабинете markirovka.crpt.ru.
- Никакие письма «о блокировке оборота» и ссылки на «продление сертификата» не открываем: Честный ЗНАК не присылает такие ссылки, а сертификаты продлеваются только в УЦ. Такие письма пересылайте в IT (Маркусу Эзтюрку) как фишинг.
- С 10 по 15.12 приемку маркированного пива по УПД в Диадоке делаю я, склад ничего не подписывает.

Спасибо!
Ольга

--
%s
""" % sig("ru_acc", native=True, role="Главный бухгалтер")
BUSINESS.append(M(
    id="B-ru-cz", lang="ru", slug="vnutrennee-chestny-znak-sertifikat-kep",
    t=utc(2026, 12, 1, 8, 5, 0),
    frm=S["ru_acc"].nm(native=True), to=[("Офис Санкт-Петербург", "spb@example.com")], rcpt=S["ru_mgr"].addr,
    subject="Продление КЭП для Честного ЗНАКа, ЕГАИС и Диадока",
    transport=internal("10.20.80.17"), mua="exchange", internal=True, zone="MSK", hdr_cs="windows-1251", lang_tag="ru-RU",
    body=alt(czi_txt, html_outlook(czi_txt, lang="RU"), cs="windows-1251", cte="quoted-printable"),
    pairs=["A-ru-cz"],
    pair_note="Same topic (expiring e-signature certificate for Chestny ZNAK). Genuine: the RU accountant via mail-int01 explains renewal at the FNS certification centre and warns against e-mailed 'renewal' links; attack: look-alike sender with a login link and a blocking threat.",
    what="RU accountant's internal notice that the CEO's qualified e-signature certificate expires and how it will be renewed and re-linked.",
    why="Internal message via mail-int01/EXCH01; organisational, refers to official crpt.ru only as text, no links or requests."))
