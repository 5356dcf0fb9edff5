"""Genuine business messages 37-40 (Russian)."""

from dsl import *  # noqa: F401,F403

M = A("business")

# ---------------------------------------------------------------- 37 supplier invoice with usual bank details
_pdf37 = pdf.make_pdf([
    "# OOO \"UralTekhSnab\"", "620026, g. Ekaterinburg, ul. Rozy Lyuksemburg, d. 49, of. 412",
    "INN %s / KPP 667101001" % RU["uts_inn"], "---",
    "Bank poluchatelya: PAO Sberbank, g. Ekaterinburg    BIK " + RU["uts_bik"],
    "Sch. N " + RU["uts_ks"] + " (korr. schet)", "Poluchatel: OOO \"UralTekhSnab\"    Sch. N " + RU["uts_rs"], "---",
    "# Schet na oplatu N 1187 ot 12 noyabrya 2026 g.", "",
    "Pokupatel: OOO \"Ekzampl Grup Rus\", INN " + RU["egr_inn"], "",
    "N  Tovar                                   Kol-vo   Ed.   Tsena        Summa",
    "1  Ferrosilitsiy FS75, fr. 10-50 mm         5,000    t   118 400,00   592 000,00",
    "2  Modifikator FeSiMg 5-6% (big-beg 1 t)    2,000    t   264 500,00   529 000,00",
    "3  Massa ogneupornaya kvartsevaya          3,000    t    41 200,00   123 600,00", "---",
    "Itogo: 1 244 600,00 rub., v t.ch. NDS 22%: 224 436,07 rub.", "",
    "Oplata v techenie 10 bankovskikh dney. Schet-faktura i UPD - cherez EDO (Kontur.Diadok)."],
    title="Schet 1187", author="Volkova", creator="1C:Predpriyatie 8.3", producer="1C:Predpriyatie 8.3",
    created="D:20261112094100+05'00'")
_body37 = dedent("""
    Ольга, добрый день!

    Направляю счёт № 1187 от 12.11.2026 на ферросилиций, модификатор и огнеупорную массу по вашей заявке от 05.11. Отгрузка со склада в Берёзовском в понедельник, УПД придёт как обычно через Диадок.

    Реквизиты прежние (ПАО Сбербанк, Уральский банк).

    С уважением,
    Ирина Волкова
    бухгалтер ООО «УралТехСнаб»
    тел. (343) 278-41-90, доб. 214
    """)
M(37, "ru", "uraltechsnab-schet-na-oplatu",
  CORR["uts"], STAFF["ru_acc"],
  "Счёт № 1187 от 12.11.2026", "2026-11-12 09:47:51",
  P(infra.yandex, webmail=False),
  mixed(alt(text(_body37, "windows-1251", "quoted-printable"),
            html(html_outlook(_body37, "RU", charset="windows-1251"), "windows-1251", "quoted-printable")),
        attach(_pdf37, "application/pdf", "Счет_1187_от_12.11.2026.pdf", name_style="rfc2047")),
  hcs="windows-1251", henc="B",
  what="Supplier's accountant sends invoice No. 1187 for ferrosilicon, nodulariser and refractory mass; usual Sberbank details",
  why="Real supplier domain uraltechsnab.ru on its Yandex 360 servers during office hours, responds to an order, bank details unchanged (Sberbank, valid BIK/account keys), UPD via the EDI system as usual",
  pair=([40, 38], "УралТехСнаб invoice and bank details", "genuine domain, office hours, unchanged Sberbank account, PDF invoice instead of archive or link"))

# ---------------------------------------------------------------- 38 Yandex ID sign-in notice
_body38 = dedent("""
    Вход в аккаунт Яндекс ID

    Здравствуйте, Ольга!

    В ваш аккаунт olga.kuznetsova@examplegroup.eu выполнен вход с нового устройства.

    Устройство: Windows 11, Яндекс Браузер
    Место: Екатеринбург, Россия
    Время: 30 ноября 2026, 09:12 (GMT+5)

    Если это были вы, ничего делать не нужно.
    Если нет — смените пароль и проверьте настройки безопасности: https://id.yandex.ru/security

    С заботой о вашей безопасности,
    команда Яндекс ID
    """)
M(38, "ru", "yandex-id-vhod-s-novogo-ustroystva",
  ("Яндекс ID", "noreply@id.yandex.ru"), STAFF["ru_acc"],
  "Вход в аккаунт с нового устройства", "2026-11-30 09:12:40",
  P(infra.yandex_service),
  text(_body38, "utf-8", "base64"),
  hcs="utf-8", henc="B",
  what="Yandex ID notice of a sign-in from a new device (the accountant's new workstation; the Yandex account is registered on her work address for Yandex Disk/Market)",
  why="Sent from Yandex's own notification and forward servers, links only to id.yandex.ru, informational, matches the new PC roll-out",
  pair=([38], "Yandex service mail", "real Yandex notification infrastructure, no archive or password"))

# ---------------------------------------------------------------- 39 customer's chief accountant from Yandex Mail: reconciliation act as PDF
_pdf39 = pdf.make_pdf([
    "# Akt sverki vzaimnykh raschetov", "za period: 01.01.2026 - 30.09.2026",
    "mezhdu AO \"Stankomash\" (INN %s) i OOO \"Ekzampl Grup Rus\" (INN %s)" % (RU["stanko_inn"], RU["egr_inn"]), "---",
    "Saldo nachalnoe                                        0,00", "Otgruzheno (UPD, 14 dok.)               18 406 220,00",
    "Oplacheno (p/p, 12 dok.)                 16 118 400,00", "---",
    "Saldo konechnoe v polzu OOO \"Ekzampl Grup Rus\"   2 287 820,00 rub.", "",
    "Glavnyy bukhgalter AO \"Stankomash\" ____________ N. V. Orlova"],
    title="Akt sverki 9 mes 2026", author="Orlova", creator="1C:Predpriyatie 8.3", producer="1C:Predpriyatie 8.3",
    created="D:20261106151522+05'00'")
_body39 = dedent("""
    Ольга, здравствуйте!

    Высылаю акт сверки за 9 месяцев 2026 г. с нашей стороны. У нас сальдо 2 287 820,00 руб. в вашу пользу, расхождений по УПД не вижу. Если у вас сходится, подпишите, пожалуйста, в Диадоке — я туда тоже его загрузила, а этот PDF просто для сверки.

    Пишу с личной почты, корпоративная у нас второй день не работает (переезжают на новый сервер).

    С уважением,
    Наталья Орлова
    главный бухгалтер АО «Станкомаш»
    """)
M(39, "ru", "akt-sverki-klient-yandex-pdf",
  CORR["stanko"], STAFF["ru_acc"],
  "Акт сверки за 9 месяцев 2026", "2026-11-06 15:18:09",
  P(infra.yandex, webmail=True),
  mixed(html("<div>" + "</div><div>".join(html_escape(x) if x else "<br>" for x in _body39.split("\n")) + "</div>",
             "utf-8", "base64"),
        attach(_pdf39, "application/pdf", "Акт_сверки_9мес_2026.pdf")),
  hcs="utf-8", henc="B",
  what="Customer's chief accountant sends the 9-month reconciliation statement as PDF from her private Yandex mailbox",
  why="Known counterpart; plain PDF, the binding copy goes through the EDI system (Diadok); the private address is explained and the statement shows money owed to us, so nothing to pay or open beyond a PDF",
  pair=([37, 38], "reconciliation act / tax-style documents by e-mail", "plain PDF, no archive or password, binding process stays in EDI, money owed to us"))

# ---------------------------------------------------------------- 40 internal notice about the 1C update (koi8-r)
_body40 = koi8_safe(dedent("""
    Коллеги, добрый день!

    В субботу 12 декабря с 10:00 до 16:00 наш ИТ-отдел (удалённо из Хагена, Франк Оберлендер и Лукас Хоффман) обновит базу 1С:Бухгалтерия до нового релиза. В это время 1С будет недоступна, прошу закончить работу в базе в пятницу до 18:00.

    Внимание: к нам приходят письма якобы от «сервисной службы 1С» с просьбой установить AnyDesk и сообщить адрес рабочего места. Это мошенники. Обновления 1С у нас делает только наш ИТ-отдел, никакие программы удалённого доступа устанавливать не нужно. Подозрительные письма пересылайте Лукасу Хоффману.

    Алексей Смирнов
    ООО «Экзампл Груп Рус»
    """))
M(40, "ru", "vnutrennee-obnovlenie-1c-preduprezhdenie",
  STAFF["ru_mgr"], ("Офис Екатеринбург", "ofis-ekb@example.com"),
  koi8_safe("Обновление 1С в субботу 12.12 и письма от «сервисной службы 1С»"), "2026-12-08 11:05:37",
  P(infra.internal, topic="", lang="ru-RU", client_ip="10.60.1.12"),
  alt(text(_body40, "koi8-r", "quoted-printable"),
      html(html_outlook(_body40, "RU", charset="koi8-r"), "koi8-r", "quoted-printable")),
  hcs="koi8-r", henc="B",
  what="Russian office manager announces Saturday's 1C update by internal IT and warns about fake '1C service' e-mails asking for AnyDesk",
  why="Internal mail via Exchange and mail-int01 to the office list; the update is done by company IT, recipients are told not to install remote-access tools",
  pair=([39], "1C update / remote-access topic", "internal relay; warns against the AnyDesk request instead of making it"))
