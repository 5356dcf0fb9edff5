"""Genuine business messages, Russian (37-40)."""
from util import *
from profiles import smtp_client
from profiles2 import custom, yandex_id
from lib import pdf
from company import RU, EG_RU_INN, BALT_INN, BALT_KPP, BALT_OGRN

BALT_RELAY = dict(relay="mail.balt-yacht.ru", relay_ip="95.167.42.118", out_helo="mail.balt-yacht.ru",
                  client_helo="[192.168.10.34]", client_rdns="95-167-42-97.static.spb.rt.ru", client_ip="95.167.42.97",
                  relay_tz="RU")


def _translit_letter(lines):
    return pdf.simple_doc(lines, title="Balt Yacht Systems", creator="1C:Enterprise 8.3", producer="1C:Enterprise 8.3",
                          date="D:20261109120000+03'00'")


def b37():
    m = Msg("business", 37, "ru", "balt-yacht-schet-318",
            "ООО «Балтийские Яхтенные Системы» sends invoice (счёт) № 318 for navigation electronics; 1C mailer, koi8-r "
            "text, PDF in English/transliteration for the foreign-owned customer",
            "Real supplier domain and mail server in St Petersburg; usual Sberbank requisites with valid control keys; "
            "matches the order; compare attacks 39/40.", pair=([39, 40], "supplier invoice / requisites"))
    m.rcpt = "olga.kuznetsova@examplegroup.eu"
    m.t = T(2026, 11, 9, 12, 6, 44, "RU")
    c = m.ctx
    r = RU["balt_genuine_old"]
    F = dict(frm=addr("Бухгалтерия БЯС", "buh@balt-yacht.ru", "koi8-r", "B"),
             to=addr("Ольга Кузнецова", "olga.kuznetsova@examplegroup.eu", "koi8-r", "B"),
             cc=addr("Игорь Волков", "volkov@balt-yacht.ru", "koi8-r", "B"),
             subject=hval("Счет № 318 от 09.11.2026", "koi8-r", "B"), t=ago(m.t, 2), tz="RU", env="buh@balt-yacht.ru")
    smtp_client(m, F, auth="buh@balt-yacht.ru", mid="<%d.%s@balt-yacht.ru>" % (c.randint(10 ** 9, 10 ** 10), c.hex(6)),
                order="script", mailer="1C:Enterprise 8.3 (8.3.25.1394)", **BALT_RELAY)
    text = """Добрый день!

Направляем счет № 318 от 09.11.2026 на поставку навигационного оборудования для яхт «Ostria» и «Seeadler» по заказу Дмитрия Соколова.

Сумма к оплате: 412 760,00 руб., в т.ч. НДС 20 %% - 68 793,33 руб.
Реквизиты для оплаты:
ООО «Балтийские Яхтенные Системы», ИНН %s, КПП %s
р/с %s в %s
БИК %s, к/с %s

Оригиналы УПД передадим через ЭДО после отгрузки.

С уважением,
бухгалтерия ООО «Балтийские Яхтенные Системы»
тел. +7 (812) 640-18-22
""" % (BALT_INN, BALT_KPP, r["acc"], r["bank"], r["bik"], r["corr"])
    inv = _translit_letter([
        "#OOO Baltiyskie Yakhtennye Sistemy (Balt Yacht Systems LLC)", "St Petersburg - INN %s / KPP %s - OGRN %s" % (BALT_INN, BALT_KPP, BALT_OGRN), "",
        "Buyer: OOO Example Yachting, INN " + EG_RU_INN, "",
        "#Invoice (Schet na oplatu) No. 318 of 09.11.2026", "",
        "1. Chartplotter 12in with radar interface, 2 pcs          188 400.00 RUB",
        "2. AIS transponder class B, 2 pcs                          94 600.00 RUB",
        "3. Autopilot drive unit, 1 pc                              129 760.00 RUB", "",
        "Total 412 760.00 RUB incl. VAT 20% 68 793.33 RUB", "",
        "Bank: PAO Sberbank (North-West), BIK %s, corr. acc. %s" % (r["bik"], r["corr"]),
        "Settlement account: %s" % r["acc"],
    ])
    m.notes.append("р/с %s, БИК %s, к/с %s (control keys valid)" % (r["acc"], r["bik"], r["corr"]))
    m.body = Multipart("mixed", [Text(text.replace("%%", "%"), "plain", "koi8-r", "quoted-printable"),
                                 Attachment(inv, "application/pdf", "Schet_318_09-11-2026.pdf")], m.boundary())
    return m


def b38():
    m = Msg("business", 38, "ru", "yandex-id-vhod-uvedomlenie",
            "Genuine Yandex ID notification: sign-in to the company's Yandex account (used for Yandex Direct ads) from a "
            "new device in St Petersburg",
            "From noreply@id.yandex.ru through Yandex's forward MX; informational, points to id.yandex.ru only; matches "
            "the office manager's own login.", pair=([38], "account/security notification"))
    m.rcpt = "dmitry.sokolov@example.com"
    m.t = T(2026, 11, 18, 9, 47, 30, "RU")
    F = dict(frm=addr("Яндекс ID", "noreply@id.yandex.ru", "utf-8", "B"), to="dmitry.sokolov@example.com",
             subject=hval("Вход в аккаунт на новом устройстве", "utf-8", "B"), t=m.t)
    yandex_id(m, F)
    text = """Здравствуйте, Дмитрий!

В ваш аккаунт example-yachting-spb выполнен вход с нового устройства.

Устройство: Windows 11, Яндекс Браузер
Местоположение: Санкт-Петербург, Россия
Время: 18 ноября 2026 г. в 09:46 (МСК)

Если это были вы, ничего делать не нужно.
Если вы не входили в аккаунт, смените пароль и проверьте список устройств: https://id.yandex.ru/security

С уважением,
команда Яндекс ID
"""
    html = simple_html(text, "font-family:'YS Text',Arial,sans-serif;font-size:15px;color:#000").replace("%CS%", "utf-8")
    m.body = alt(m, text, html, "utf-8", "base64")
    return m


def b39():
    m = Msg("business", 39, "ru", "klient-zhaloba-yandex",
            "Charter customer (Yandex Mail) complains that the skipper cancelled two days of a Greek charter because of "
            "wind and asks for partial compensation",
            "Real customer with booking reference sent from Yandex's servers with the Yamail X-Mailer; complaint only.",
            pair=None)
    m.rcpt = "dmitry.sokolov@example.com"
    m.t = T(2026, 10, 26, 18, 22, 15, "RU")
    c = m.ctx
    t = ago(m.t, 2)
    n = c.randint(10, 60)
    custom(m, ("forward501b.mail.yandex.net", "forward501b.mail.yandex.net", "178.154.239.145", "1.3"), "<anna.morozova@yandex.ru>",
           [("Received", "from mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net [IPv6:2a02:6b8:c15:%s:0:640:%s:0])\n\tby forward501b.mail.yandex.net (Yandex) with ESMTPS id %s\n\tfor <%s>; %s"
             % (n, n, c.hex(4), c.hex(4), c.alnum(11), m.rcpt, fmt(ago(t, -1), "RU", True))),
            ("Received", "by mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s"
             % (n, c.alnum(10), c.alnum(8), fmt(t, "RU", True))),
            ("X-Yandex-Fwd", "1")],
           [("From", addr("Анна Морозова", "anna.morozova@yandex.ru", "utf-8", "B")), ("To", "dmitry.sokolov@example.com"),
            ("Subject", hval("Жалоба по чартеру Meltemi, бронь EGR-2026-0117", "utf-8", "B")),
            ("MIME-Version", "1.0"), ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
            ("Date", fmt(t, "RU")), ("Message-Id", "<%d%d@mail.yandex.ru>" % (c.randint(100000, 999999), int(t.timestamp()))),
            ("MIME", None)])
    m.boundary = lambda n=0: "----==--bound.%d.%s.yandex.net" % (c.randint(100000, 999999), c.alnum(12).lower())
    text = """Добрый вечер, Дмитрий!

Пишу по поводу нашего чартера на яхте Meltemi из Лавриона с 10 по 17 октября (бронь EGR-2026-0117).

Шкипер два дня из семи отказался выходить из порта на Сиросе из-за ветра, хотя другие яхты выходили. В итоге мы не побывали ни на Миконосе, ни на Тиносе, как планировали при бронировании. Мы понимаем, что безопасность важнее, но хотелось бы получить хотя бы частичную компенсацию - например, скидку на следующий чартер или возврат за два дня.

Буду благодарна за ответ.

С уважением,
Анна Морозова
+7 921 468-30-17
"""
    m.body = alt(m, text, "<html><body><div>" + "</div><div>".join(esc(l) if l else "&nbsp;" for l in text.strip().split("\n")) + "</div></body></html>\n",
                 "utf-8", "base64")
    return m


def b40():
    m = Msg("business", 40, "ru", "balt-yacht-smena-rekvizitov-oficialno",
            "ООО «Балтийские Яхтенные Системы» announces a change of its bank (to Bank Saint Petersburg) from 01.01.2027, "
            "a month ahead, with a signed letter (PDF), asks to confirm by phone with Igor Volkov; The Bat!, windows-1251",
            "Real supplier domain and mail server; the sales manager known to the office is in copy and announced it by "
            "phone; new bank in the same city, old account valid until 31.01.2027; original by post; verification by "
            "phone requested - the proper procedure (contrast attack 39).", pair=([39], "change of supplier requisites"))
    m.rcpt = "olga.kuznetsova@examplegroup.eu"
    m.t = T(2026, 12, 1, 10, 33, 5, "RU")
    c = m.ctx
    new, old = RU["balt_genuine_new"], RU["balt_genuine_old"]
    F = dict(frm=addr("Игорь Волков", "volkov@balt-yacht.ru", "windows-1251", "B"),
             to=addr("Ольга Кузнецова", "olga.kuznetsova@examplegroup.eu", "windows-1251", "B"),
             cc=addrs([addr("Дмитрий Соколов", "dmitry.sokolov@example.com", "windows-1251", "B"),
                       addr("Бухгалтерия БЯС", "buh@balt-yacht.ru", "windows-1251", "B")]),
             subject=hval("Изменение банковских реквизитов с 01.01.2027 - письмо", "windows-1251", "B"),
             t=ago(m.t, 2), tz="RU", env="volkov@balt-yacht.ru", org="ООО «Балтийские Яхтенные Системы»")
    smtp_client(m, F, auth="volkov@balt-yacht.ru", mailer="The Bat! (v11.4.0) Professional",
                mid="<%d.%s@balt-yacht.ru>" % (c.randint(10 ** 8, 10 ** 9), c.digits(8)), order="thebat", **BALT_RELAY)
    m.headers = [(k, hval(v, "windows-1251", "B") if k == "Organization" else v) for k, v in m.headers]
    text = """Здравствуйте, Ольга!

Как я и говорил Дмитрию по телефону на прошлой неделе, с 1 января 2027 года мы переходим на обслуживание в ПАО «Банк «Санкт-Петербург». Письмо за подписью генерального директора и главного бухгалтера во вложении, оригинал отправлен Почтой России.

Новые реквизиты (с 01.01.2027):
р/с %s
%s, БИК %s, к/с %s

Старый счет в ПАО Сбербанк (р/с %s, БИК %s) действует до 31.01.2027, оплаты по текущим счетам можно проводить на него.

Пожалуйста, перед внесением изменений в карточку контрагента позвоните мне для подтверждения: +7 (812) 640-18-25 (номер как в договоре). Реквизиты по почте без звонка мы никогда не меняем.

С уважением,
Игорь Волков
менеджер по работе с клиентами
ООО «Балтийские Яхтенные Системы»
""" % (new["acc"], new["bank"], new["bik"], new["corr"], old["acc"], old["bik"])
    letter = _translit_letter([
        "#OOO Baltiyskie Yakhtennye Sistemy", "INN %s / KPP %s / OGRN %s" % (BALT_INN, BALT_KPP, BALT_OGRN),
        "St Petersburg, 27.11.2026  Ref. 114/11", "",
        "To: OOO Example Yachting (INN %s)" % EG_RU_INN, "",
        "#Notice of change of bank details", "",
        "As of 01.01.2027 please make payments to:",
        "Settlement account: " + new["acc"], "Bank: PAO Bank Saint Petersburg", "BIK: " + new["bik"], "Corr. account: " + new["corr"], "",
        "The account with PAO Sberbank (" + old["acc"] + ", BIK " + old["bik"] + ") remains valid until 31.01.2027.",
        "Please confirm the change by phone with your account manager I. Volkov, +7 812 640-18-25.", "",
        "General Director  A. V. Smirnov                 Chief Accountant  M. S. Lebedeva",
    ])
    m.notes.append("new р/с %s БИК %s к/с %s; old р/с %s (control keys valid)" % (new["acc"], new["bik"], new["corr"], old["acc"]))
    m.body = Multipart("mixed", [Text(text, "plain", "windows-1251", "quoted-printable"),
                                 Attachment(letter, "application/pdf", "Pismo_114-11_rekvizity.pdf")], m.boundary())
    return m


BUILDERS = [b37, b38, b39, b40]
