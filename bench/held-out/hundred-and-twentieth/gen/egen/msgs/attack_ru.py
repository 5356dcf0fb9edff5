"""attack/ 37-40 (Russian)."""
from .common import *  # noqa: F401,F403
from .. import platforms as P, transport2 as T2

LOGO_FOOT = ["ООО «Логопарк Химки» · 141400, Московская обл., г. Химки, Вашутинское шоссе, вл. 36 · ИНН 5047405629 · КПП 504701001",
             "ОГРН 1185025259540 · тел. +7 495 128-44-00 · arenda@logopark-khimki.ru"]


def rent_invoice(m, filename, number, date_s, month_s, acc, bank, bik, corr, zone="MSK"):
    payload = docs.gost("ООО «Логопарк Химки»", acc, bank, bik, corr,
                        "Оплата по счёту № %s от %s, аренда за %s, в т.ч. НДС 22%% 92400.00" % (number, date_s, month_s),
                        amount=512400.00, inn="5047405629", kpp="504701001")
    return docs.invoice(
        m, filename, seller="ООО «Логопарк Химки»", logo_color=(30, 70, 120), logo_text="LOGOPARK",
        seller_lines=["141400, Московская обл., г. Химки,", "Вашутинское шоссе, вл. 36", "ИНН 5047405629 / КПП 504701001"],
        buyer=["Покупатель:", "ООО «Экзампл Груп»", "ИНН 5047213645, КПП 504701001", "141400, Московская обл., г. Химки,", "Вашутинское шоссе, вл. 36, стр. 2, офис 14"],
        title_word="Счёт на оплату № %s" % number, meta=[("Дата", date_s), ("Договор", "№ А-2021/118 от 01.06.2021"), ("Оплатить до", "10" + date_s[2:])],
        columns=("№", "Товары (работы, услуги)", "Кол-во", "Цена", "Сумма"),
        items=[("1", "Арендная плата за складское помещение № 2-14 (1 240 м²) за %s" % month_s, "1 мес.", "430 000,00", "430 000,00"),
               ("2", "Эксплуатационные расходы за %s" % month_s, "1 мес.", "82 400,00", "82 400,00")],
        totals=[("Итого:", "512 400,00", False), ("В том числе НДС (22%):", "92 400,00", False), ("Всего к оплате:", "512 400,00 руб.", True)],
        notes=["Всего наименований 2, на сумму 512 400,00 руб. Пятьсот двенадцать тысяч четыреста рублей 00 копеек."],
        pay_lines=["Получатель: ООО «Логопарк Химки», ИНН 5047405629, КПП 504701001", "Банк получателя: " + bank, "БИК " + bik + ", к/с " + corr, "Р/с " + acc],
        qr=payload, qr_caption="Оплата по QR-коду", footer=LOGO_FOOT, title="Счёт № %s" % number, author="Бухгалтерия",
        creator="1С:Предприятие 8.3 (8.3.25.1394)", producer="1C:Enterprise 8.3", lang="ru", zone=zone, pdf_lang="ru-RU"), payload


def a37():
    m = Msg("attack", 37, "ru", "fns-trebovanie-zip-exe", utc(2026, 11, 24, 6, 52, 33))
    k = T.PostfixOrg(m, "fitnes-olimp.ru", "smtp-out3.beget.com", "5.101.156.83", client="phpmailer", dkim_sel="beget", lang="ru")
    dmitry = S("dmitry")
    html = ("<html><body style='font-family:Times New Roman;font-size:14px'>"
            "<p>Межрайонная инспекция Федеральной налоговой службы № 13 по Московской области</p>"
            "<p style='text-align:center'><b>ТРЕБОВАНИЕ № 12-07/18934<br>о представлении документов (информации)</b></p>"
            "<p>В соответствии со статьёй 93 Налогового кодекса Российской Федерации в связи с проведением камеральной налоговой проверки налоговой декларации по налогу на добавленную стоимость за 3 квартал 2026 года ООО «Экзампл Груп» (ИНН 5047213645, КПП 504701001) необходимо в течение 10 рабочих дней со дня получения настоящего требования представить документы согласно приложению.</p>"
            "<p>Приложение (перечень истребуемых документов) направлено в виде архива во вложении к настоящему письму. Непредставление документов в установленный срок влечёт ответственность, предусмотренную статьёй 126 НК РФ.</p>"
            "<p>Заместитель начальника инспекции<br>советник государственной гражданской службы РФ 2 класса<br>Е. В. Соколова</p>"
            "<p style='color:#777;font-size:11px'>Сообщение сформировано автоматически, отвечать на него не нужно.</p></body></html>")
    inert = ("INERT TEST SAMPLE - stands in for a Windows executable disguised as a PDF (typical 'Требование ФНС' "
             "campaigns delivering a remote-access trojan). Text only.\r\n").encode()
    z = att.zipfile_part(m, "Требование_12-07_18934.zip", [("Требование № 12-07-18934 от 24.11.2026 (приложение).pdf.exe", inert)])
    m.root = mime.multi("mixed", [mime.text(html, "windows-1251", "base64", "html")], m.bnd("mixed"))
    m.root.children.append(z)
    f = Fields(("ИФНС России № 13 по Московской области", "robot@fitnes-olimp.ru"), [dmitry],
               "Требование о представлении документов № 12-07/18934", scs="windows-1251", slabel="windows-1251")
    k.finish(f, phpmailer_host="fitnes-olimp.ru", zone="MSK", dmarc=("none", None))
    m.info = dict(
        what="'Federal Tax Service' demand for documents in a VAT desk audit; the list of documents is 'in the attached archive'.",
        why="Malware lure: the ZIP holds a .pdf.exe (inert placeholder here); the tax service sends demands through the EDI operator / taxpayer account, never by e-mail with archives; sender is a fitness-club website on Beget hosting sending via PHPMailer with a tax-office display name.")
    return m


def a38():
    m = Msg("attack", 38, "ru", "arendodatel-smena-rekvizitov-lookalike", utc(2026, 12, 1, 7, 3, 17))
    k = T2.Yandex(m, "logopark-himki.ru", client="yandex")
    dmitry = S("dmitry")
    acc, bik, corr, bank = "40702810710001873920", "044525974", "30101810145250000974", "АО «ТБанк»"
    plain = p(
        "Добрый день, Дмитрий!",
        "",
        "Направляем уведомление об изменении банковских реквизитов ООО «Логопарк Химки» в связи с переводом расчётного обслуживания в АО «ТБанк», а также счёт на оплату аренды за декабрь.",
        "",
        "Начиная с декабрьского платежа просим перечислять арендную плату только по новым реквизитам: р/с 40702810710001873920 в АО «ТБанк», БИК 044525974, к/с 30101810145250000974. Счёт в АО «Альфа-Банк» будет закрыт 15.12.2026, платежи, поступившие на него после этой даты, будут возвращены отправителю.",
        "",
        "Оригинал уведомления за подписью генерального директора направим почтой. Просим подтвердить получение ответным письмом.",
        "",
        "С уважением,",
        "Андрей Белов",
        "Руководитель арендного отдела",
        "ООО «Логопарк Химки»",
        "тел. +7 495 128-44-06")
    html = "<div>" + "".join("<div>%s</div>" % (mime.esc(l) if l else "&nbsp;") for l in plain.split("\n")) + "</div>\r\n"
    letter = docs.letter(
        m, "Уведомление_об_изменении_реквизитов.pdf", head="ООО «Логопарк Химки»",
        head_lines=["141400, Московская обл., г. Химки", "Вашутинское шоссе, вл. 36", "ИНН 5047405629 / КПП 504701001"],
        logo_color=(30, 70, 120), logo_text="LOGOPARK",
        recipient=["Генеральному директору", "ООО «Экзампл Груп»"], place_date="Исх. № 418 от 30.11.2026",
        subject="Уведомление об изменении банковских реквизитов",
        paras=["Уважаемые партнёры!", "Настоящим уведомляем, что с 01.12.2026 расчётное обслуживание ООО «Логопарк Химки» осуществляется в АО «ТБанк». Просим все платежи по договору аренды № А-2021/118 от 01.06.2021 производить по следующим реквизитам:"],
        table=[("Получатель:", "ООО «Логопарк Химки»"), ("Р/с:", acc), ("Банк:", bank), ("БИК:", bik), ("К/с:", corr)],
        extra_after=["Ранее действовавшие реквизиты в АО «Альфа-Банк» считать недействительными с 15.12.2026."],
        closing="С уважением,", signers=[["Генеральный директор", "С. Н. Ермаков"], ["Главный бухгалтер", "Т. А. Гусева"]],
        footer=LOGO_FOOT, title="Уведомление", author="Белов", creator="Microsoft Word 2019", producer="Microsoft: Print To PDF", zone="MSK", lang="ru-RU")
    inv, payload = rent_invoice(m, "Счёт_1142_от_01.12.2026.pdf", "1142", "01.12.2026", "декабрь 2026 г.", acc, bank, bik, corr)
    alt = mime.multi("alternative", [mime.text(plain, "utf-8", "base64"), mime.text(html, "utf-8", "base64", "html")], m.bnd())
    m.root = mime.multi("mixed", [alt, letter, inv], m.bnd("mixed"))
    f = Fields(("Андрей Белов", "a.belov@logopark-himki.ru"), [dmitry], "Изменение банковских реквизитов / счёт на оплату за декабрь 2026")
    k.finish(f, client_ip="94.25.170.41", zone="MSK")
    m.fact("Other", "р/с 40702810710001873920, АО «ТБанк», БИК 044525974, к/с 30101810145250000974", "account presented as the landlord's new account (fraud); control key valid")
    m.fact("Phone", "+7 495 128-44-06", "signature")
    m.fact("Phone", "+7 495 128-44-00", "letterhead")
    m.info = dict(
        what="'Landlord' announces new bank details at T-Bank with a signed notice and sends the December rent invoice (512,400 RUB) with a payment QR code.",
        why="Bank-detail-change fraud from the look-alike domain logopark-himki.ru (real: logopark-khimki.ru) on Yandex 360 (authenticates for the fake domain): new account at a different bank, old account 'closing', confirmation by e-mail; the QR code carries the fraudulent account. Compare the landlord's genuine November invoice (business/38).")
    return m


def a39():
    m = Msg("attack", 39, "ru", "diadok-dokument-na-podpis-phishing", utc(2026, 11, 26, 12, 27, 5))
    k = T.PostfixOrg(m, "diadoc-kontur.ru", "mail.diadoc-kontur.ru", "185.114.245.109", client="phpmailer", dkim_sel="mail", lang="ru")
    olga = S("olga")
    url = "https://diadoc-kontur.ru/Login/?returnUrl=%2FDocuments%2FInbox%3FboxId%3D5b1c7e2a-93d4-4f61-8a0b-2e6f9d3c1a47"
    plain = p(
        "Контур.Диадок",
        "",
        "Вам поступил документ, требующий подписи",
        "",
        "Отправитель: ООО «ВторБумага-Центр» (ИНН 5036791789)",
        "Получатель: ООО «Экзампл Груп»",
        "Документ: Акт сверки взаимных расчётов за 2026 г.",
        "Срок подписания: до 27.11.2026",
        "",
        "Для просмотра и подписания документа войдите в Диадок:",
        url,
        "",
        "Если документ не будет подписан в срок, контрагент получит уведомление об отказе в подписи.",
        "",
        "С уважением, команда Контур.Диадок",
        "Это письмо отправлено автоматически, отвечать на него не нужно.")
    html = ('<html><body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif"><table width="100%"><tr><td align="center" style="padding:20px">'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="padding:18px 26px;font-size:20px;color:#2291ff;font-weight:bold">Контур.Диадок</td></tr>'
            '<tr><td style="padding:0 26px;font-size:18px;font-weight:bold">Вам поступил документ, требующий подписи</td></tr>'
            '<tr><td style="padding:14px 26px;font-size:14px;line-height:22px">Отправитель: <b>ООО «ВторБумага-Центр»</b> (ИНН 5036791789)<br>Получатель: ООО «Экзампл Груп»<br>Документ: Акт сверки взаимных расчётов за 2026 г.<br>Срок подписания: <b>до 27.11.2026</b></td></tr>'
            '<tr><td style="padding:6px 26px 20px 26px"><a href="' + url + '" style="background:#2291ff;color:#fff;padding:11px 24px;text-decoration:none;border-radius:3px">Войти и подписать</a></td></tr>'
            '<tr><td style="padding:0 26px 18px 26px;font-size:12px;color:#666">Если документ не будет подписан в срок, контрагент получит уведомление об отказе в подписи.<br><br>С уважением, команда Контур.Диадок<br>Это письмо отправлено автоматически, отвечать на него не нужно.</td></tr>'
            '</table></td></tr></table></body></html>\r\n')
    m.root = mime.multi("alternative", [mime.text(plain, "UTF-8", "base64"), mime.text(html, "UTF-8", "base64", "html")], m.bnd())
    f = Fields(("Контур.Диадок", "noreply@diadoc-kontur.ru"), [olga], "Новый документ на подпись от ООО «ВторБумага-Центр»")
    k.finish(f, phpmailer_host="diadoc-kontur.ru", zone="MSK", dmarc=("pass", "none"))
    m.fact("URL", url, "phishing page imitating the Diadoc login (look-alike domain)")
    m.info = dict(
        what="'Kontur.Diadoc' notification: the waste-paper buyer sent a reconciliation act that must be signed by tomorrow; 'log in and sign'.",
        why="Credential phishing against the EDI platform: look-alike domain diadoc-kontur.ru on a VPS (own SPF/DKIM), link to the same fake domain; the real Diadoc notice (business/37) comes from diadoc.ru and links to diadoc.kontur.ru.")
    return m


def a40():
    m = Msg("attack", 40, "ru", "sberbiznes-115fz-blokirovka", utc(2026, 12, 8, 6, 18, 50))
    k = T2.MailRu(m, "sberbusiness-uved.ru", client="mailru")
    dmitry = S("dmitry")
    url = "https://sbbol-sberbusiness.ru/ic/dcb/#/requests/115fz?id=7f3e92a1-bc40-4d18-9e5a-61c0f2d8b374"
    plain = p(
        "СберБизнес",
        "",
        "Уважаемый клиент!",
        "",
        "В соответствии с Федеральным законом от 07.08.2001 № 115-ФЗ «О противодействии легализации (отмыванию) доходов, полученных преступным путём, и финансированию терроризма» операции по расчётному счёту № 40702810538000123456 ООО «Экзампл Груп» частично приостановлены.",
        "",
        "Для снятия ограничений необходимо в течение 24 часов предоставить пояснения и подтверждающие документы по операциям за ноябрь 2026 года через раздел «Запросы банка» в СберБизнес:",
        url,
        "",
        "При непредоставлении документов банк вправе отказать в проведении операций и расторгнуть договор банковского счёта.",
        "",
        "С уважением,",
        "ПАО Сбербанк",
        "Служба финансового мониторинга")
    html = ('<html><body style="font-family:Arial,sans-serif;background:#f4f4f4;margin:0"><table width="100%"><tr><td align="center" style="padding:20px">'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="background:#21a038;color:#fff;padding:16px 26px;font-size:20px;font-weight:bold">СберБизнес</td></tr>'
            '<tr><td style="padding:22px 26px;font-size:14px;line-height:22px;color:#222">Уважаемый клиент!<br><br>В соответствии с Федеральным законом от 07.08.2001 № 115-ФЗ «О противодействии легализации (отмыванию) доходов, полученных преступным путём, и финансированию терроризма» операции по расчётному счёту № 40702810538000123456 ООО «Экзампл Груп» <b>частично приостановлены</b>.<br><br>'
            'Для снятия ограничений необходимо в течение 24 часов предоставить пояснения и подтверждающие документы по операциям за ноябрь 2026 года через раздел «Запросы банка».</td></tr>'
            '<tr><td style="padding:0 26px 22px 26px"><a href="' + url + '" style="background:#21a038;color:#fff;padding:11px 24px;text-decoration:none;border-radius:4px">Перейти в СберБизнес</a></td></tr>'
            '<tr><td style="padding:0 26px 18px 26px;font-size:12px;color:#666">При непредоставлении документов банк вправе отказать в проведении операций и расторгнуть договор банковского счёта.<br><br>С уважением, ПАО Сбербанк, Служба финансового мониторинга</td></tr>'
            '</table></td></tr></table></body></html>\r\n')
    m.root = mime.multi("alternative", [mime.text(plain, "UTF-8", "base64"), mime.text(html, "UTF-8", "base64", "html")], m.bnd())
    f = Fields(("СберБизнес", "no-reply@sberbusiness-uved.ru"), [dmitry], "Приостановление операций по счёту (115-ФЗ) – требуется предоставить документы")
    k.finish(f, client_ip="45.141.87.12", zone="MSK")
    m.fact("URL", url, "phishing page imitating SberBusiness (look-alike domain)")
    m.fact("Other", "р/с 40702810538000123456 (Example Group's real Sberbank account, scraped from invoices)", "")
    m.info = dict(
        what="'SberBusiness' says operations on the company's account are partly suspended under anti-money-laundering law 115-FZ; upload explanations within 24 h via the link.",
        why="Bank credential phishing with a very current Russian pretext (115-FZ blocks): quotes the company's real account number, 24-hour threat; look-alike domain sberbusiness-uved.ru on Mail.ru for business, link to sbbol-sberbusiness.ru. Sber's genuine notice (business/40) asks to log in only through the usual app/site and contains no link to a login page.")
    return m


MESSAGES = [a37, a38, a39, a40]
