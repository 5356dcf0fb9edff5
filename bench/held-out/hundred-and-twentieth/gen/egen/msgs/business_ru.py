"""business/ 37-40 (Russian)."""
from .common import *  # noqa: F401,F403
from .. import platforms as P, transport2 as T2
from .attack_ru import rent_invoice


def b37():
    m = Msg("business", 37, "ru", "diadok-akt-sverki-uvedomlenie", utc(2026, 11, 25, 8, 14, 30))
    m.sent = m.t - secs(4)
    k = T.PostfixOrg(m, "diadoc.ru", "mx-out2.kontur.ru", "203.0.113.170", client="dotnet", dkim_sel="kontur", msgid_domain="diadoc.ru", lang="ru")
    olga = S("olga")
    url = "https://diadoc.kontur.ru/9c2e41f7-5a3b-4d80-b16e-0f7a2c9d3e58/Document/Show?letterId=3a8d0e71-42c6-4b9f-a5e3-7d1c6b2f0e94&documentId=c51f9a2e-08d7-4e36-9b41-e2a7d3f60c18"
    settings = "https://diadoc.kontur.ru/9c2e41f7-5a3b-4d80-b16e-0f7a2c9d3e58/Settings/Notifications"
    plain = p(
        "ООО «ВторБумага-Центр» отправил вам документ",
        "",
        "Акт сверки взаимных расчётов за период 01.01.2026 – 31.10.2026",
        "Отправитель: ООО «ВторБумага-Центр», ИНН 5036791789",
        "Получатель: ООО «Экзампл Груп», ИНН 5047213645",
        "Статус: ожидается подпись",
        "",
        "Открыть документ: " + url,
        "",
        "Настроить уведомления: " + settings,
        "",
        "Контур.Диадок — система электронного документооборота",
        "АО «ПФ «СКБ Контур»")
    html = ('<html><body style="font-family:Arial,sans-serif;margin:0;background:#fafafa"><table width="100%"><tr><td align="center" style="padding:20px">'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e6e6e6"><tr><td style="padding:16px 24px;font-size:18px;color:#1f87ef">Диадок</td></tr>'
            '<tr><td style="padding:0 24px 8px 24px;font-size:17px;font-weight:bold">ООО «ВторБумага-Центр» отправил вам документ</td></tr>'
            '<tr><td style="padding:8px 24px;font-size:14px;line-height:22px">Акт сверки взаимных расчётов за период 01.01.2026 – 31.10.2026<br>Отправитель: ООО «ВторБумага-Центр», ИНН 5036791789<br>Получатель: ООО «Экзампл Груп», ИНН 5047213645<br>Статус: ожидается подпись</td></tr>'
            '<tr><td style="padding:10px 24px 20px 24px"><a href="' + url.replace("&", "&amp;") + '" style="background:#1f87ef;color:#fff;padding:10px 22px;text-decoration:none;border-radius:3px">Открыть документ</a></td></tr>'
            '<tr><td style="padding:12px 24px;font-size:11px;color:#888;border-top:1px solid #eee"><a href="' + settings + '" style="color:#888">Настроить уведомления</a><br>Контур.Диадок — система электронного документооборота · АО «ПФ «СКБ Контур»</td></tr>'
            '</table></td></tr></table></body></html>\r\n')
    m.root = mime.multi("alternative", [mime.text(plain, "utf-8", "quoted-printable"), mime.text(html, "utf-8", "quoted-printable", "html")], m.bnd())
    f = Fields(("Диадок", "noreply@diadoc.ru"), [olga], "ООО «ВторБумага-Центр» отправил вам документ: Акт сверки", scs="utf-8", senc="B")
    k.finish(f, submit=("notify-07.diadoc.local", "10.33.12.7"), auth_user="", zone="MSK", dmarc=("pass", "reject"))
    m.fact("URL", url, "document in the real Diadoc web application")
    m.fact("URL", settings, "notification settings")
    m.info = dict(pair=("39-ru-diadok-dokument-na-podpis-phishing.eml", "Same platform and counterparty; the genuine notice comes from diadoc.ru via Kontur's mail system and links to diadoc.kontur.ru, without a signing deadline threat."),
                  what="Kontur.Diadoc notification: the waste-paper buyer sent a reconciliation act (Jan-Oct 2026) awaiting signature.",
                  why="Platform's own domain with DKIM and DMARC reject, links only to diadoc.kontur.ru, matches the existing EDI relationship.")
    return m


def b38():
    m = Msg("business", 38, "ru", "arendodatel-schet-1c-noyabr", utc(2026, 11, 2, 7, 40, 4))
    k = T2.MailRu(m, "logopark-khimki.ru", client="1c")
    dmitry = S("dmitry")
    acc, bik, corr, bank = "40702810802300004417", "044525593", "30101810200000000593", "АО «АЛЬФА-БАНК»"
    plain = p(
        "Добрый день!",
        "",
        "Во вложении счёт на оплату № 1118 от 01.11.2026 (аренда и эксплуатационные расходы за ноябрь 2026 г.).",
        "",
        "С уважением,",
        "бухгалтерия ООО «Логопарк Химки»",
        "тел. +7 495 128-44-00")
    inv, payload = rent_invoice(m, "Счет на оплату № 1118 от 01.11.2026.pdf", "1118", "01.11.2026", "ноябрь 2026 г.", acc, bank, bik, corr)
    m.root = mime.multi("mixed", [mime.text(plain, "windows-1251", "base64")], m.bnd("mixed"))
    m.root.children.append(inv)
    f = Fields(("ООО «Логопарк Химки»", "arenda@logopark-khimki.ru"), [dmitry], "Счет на оплату № 1118 от 01.11.2026",
               hcs="windows-1251", henc="B", hlabel="windows-1251")
    k.finish(f, client_ip="178.176.74.210", zone="MSK")
    m.fact("Other", "р/с 40702810802300004417, АО «АЛЬФА-БАНК», БИК 044525593, к/с 30101810200000000593", "landlord's real account; control key valid")
    m.fact("Phone", "+7 495 128-44-00", "landlord accounting")
    m.info = dict(pair=("38-ru-arendodatel-smena-rekvizitov-lookalike.eml", "Both are the landlord's monthly rent invoices with a GOST payment QR code; the genuine one comes from logopark-khimki.ru (1C via Mail.ru for business) to the usual Alfa-Bank account."),
                  what="Landlord's monthly rent invoice No. 1118 (512,400 RUB incl. 22 % VAT) generated by 1C, PDF with ST00012 QR code.",
                  why="Landlord's real domain (DKIM mailru selector), 1C:Enterprise mailer, windows-1251 as 1C sends it, long-standing Alfa-Bank account, contract number matches.")
    return m


def b39():
    m = Msg("business", 39, "ru", "vtorbumaga-akt-priemki-koi8", utc(2026, 12, 2, 10, 51, 26))
    k = T2.Yandex(m, "vtorbumaga-c.ru", client="thebat")
    olga = S("olga")
    plain = p(
        "Здравствуйте, Ольга!",
        "",
        "Направляю акт приёмки макулатуры за ноябрь 2026 г. Принято 9 машин, общий вес нетто 186,42 т (марка МС-6Б, бумага офисная измельчённая), засор в пределах нормы, удержаний нет.",
        "",
        "Сумма к оплате с нашей стороны - 2 050 620,00 руб., в т.ч. НДС 22 %. УПД выставим через Диадок до 5 декабря, оплата по договору в течение 10 банковских дней.",
        "",
        "Если есть расхождения по весам, пришлите, пожалуйста, ваши талоны до конца недели.",
        "",
        "--",
        "С уважением,",
        "Светлана Павлова",
        "главный бухгалтер",
        "ООО \"ВторБумага-Центр\"",
        "тел. +7 496 755-21-38")
    rows = [["Дата", "№ ТТН", "Авто", "Нетто, т", "Марка", "Засор, %"]]
    data = [("03.11", "1587", "А 412 МР 750", 20.84), ("06.11", "1601", "А 412 МР 750", 20.91), ("10.11", "1622", "К 118 ОН 150", 20.66),
            ("13.11", "1640", "А 412 МР 750", 20.72), ("17.11", "1655", "К 118 ОН 150", 20.58), ("20.11", "1671", "А 412 МР 750", 20.80),
            ("24.11", "1690", "К 118 ОН 150", 20.63), ("27.11", "1704", "А 412 МР 750", 20.74), ("30.11", "1719", "К 118 ОН 150", 20.54)]
    for d, n, a, w in data:
        rows.append([d + ".2026", n, a, w, "МС-6Б", 0.8])
    rows.append(["Итого", None, None, 186.42, None, None])
    xl = att.xlsx(m, "Акт_приемки_ноябрь_2026.xlsx", [("Акт", rows)], author="Павлова С.", widths=[12, 8, 14, 10, 8, 9])
    m.root = mime.multi("mixed", [mime.text(plain, "koi8-r", "quoted-printable")], m.bnd("mixed"), preamble="This is a multi-part message in MIME format.")
    m.root.children.append(xl)
    f = Fields(("Бухгалтерия ВторБумага-Центр", "buh@vtorbumaga-c.ru"), [olga], "Акт приёмки макулатуры за ноябрь 2026",
               hcs="koi8-r", henc="B", hlabel="koi8-r")
    k.finish(f, client_ip="95.84.162.37", zone="MSK", via_smtp=True, org="ООО \"ВторБумага-Центр\"")
    m.fact("Phone", "+7 496 755-21-38", "customer's accounting")
    m.info = dict(what="Waste-paper buyer's chief accountant sends the November acceptance act (9 loads, 186.42 t) as XLSX; announces the UPD via Diadoc.",
                  why="Customer's Yandex 360 domain with DKIM, The Bat! in KOI8-R as this accountant always writes, operational content consistent with business/37.")
    return m


def b40():
    m = Msg("business", 40, "ru", "sberbiznes-izmenenie-tarifov", utc(2026, 12, 1, 6, 0, 55))
    m.sent = m.t - secs(50)
    k = T.PostfixOrg(m, "sberbank.ru", "mx-out5.sberbank.ru", "203.0.113.180", client="java", dkim_sel="sbr2026", msgid_domain="sberbank.ru", lang="ru")
    dmitry = S("dmitry")
    url = "https://www.sberbank.ru/ru/s_m_business/tariffs"
    plain = p(
        "Уважаемый клиент!",
        "",
        "Сообщаем, что с 1 января 2027 года изменяются тарифы на расчётно-кассовое обслуживание юридических лиц в рамках пакета услуг «Активные расчёты». Изменения касаются стоимости переводов в пользу физических лиц сверх лимита пакета и выдачи наличных.",
        "",
        "Подробная информация о новых тарифах размещена на сайте банка: " + url + " и в СберБизнес в разделе «Тарифы».",
        "",
        "Если вы не согласны с изменениями, вы можете сменить пакет услуг в СберБизнес до 31 декабря 2026 года.",
        "",
        "Это сообщение не требует ответа. Для входа в СберБизнес используйте приложение или сайт, как обычно. Сбербанк никогда не запрашивает по почте пароли, коды из SMS и документы по ссылкам.",
        "",
        "ПАО Сбербанк",
        "Генеральная лицензия Банка России № 1481")
    m.root = mime.text(plain, "UTF-8", "base64")
    f = Fields(("СберБизнес", "sberbusiness@sberbank.ru"), [dmitry], "Изменение тарифов расчётно-кассового обслуживания с 01.01.2027", scs="UTF-8", senc="B")
    k.finish(f, submit=("notify-mass03.sberbank.local", "10.77.5.3"), auth_user="", zone="MSK", dmarc=("pass", "reject"))
    m.fact("URL", url, "bank's public tariff page")
    m.info = dict(pair=("40-ru-sberbiznes-115fz-blokirovka.eml", "Both are 'SberBusiness' notices to the Russian accountant; the genuine one is informational, from sberbank.ru, links only to the public tariff page and tells the user to log in the usual way."),
                  what="Sberbank business-banking notice: settlement-service tariffs change from 1 January 2027; information on the bank's site.",
                  why="Bank's own domain with DKIM and DMARC reject, no personal data, no login link, explicit anti-phishing statement.")
    return m


MESSAGES = [b37, b38, b39, b40]
