"""Attack messages, Russian (37-40)."""
from lib.kit import (message, outlook_html, finalize_html, gmail_html, html_escape, quote_plain, outlook_body,
                     outlook_quote, gmail_body, gmail_quote, tb_body)
from lib import systems as S, world as W, ident as I, docs, office, mime
from lib.util import at, plus, rfc_date, rhex, rstr, ruuid, rb64url, ALNUM

RU = W.OFF["RU"]


# ---------------------------------------------------------------------------------------------
@message("attack", "37-ru-fns-trebovanie-zip-parol")
def a37(m):
    r = m.r
    t = at(2026, 10, 21, 10, 5, 37, zone="RU")
    pw = "FNS2026"
    num = "12-07/%05d" % r.randint(10000, 99999)
    dtz = (2026, 10, 21, 9, 58, 12)
    inert = ("[заглушка] В реальной рассылке - исполняемый файл загрузчика. Заменено инертным текстом.\r\n").encode("utf-8")
    z = m.zip([("Требование_ФНС_N%s.pdf.exe" % num.replace("/", "-"), inert, dtz)], password=pw)
    text = ("Уважаемый налогоплательщик!\n\n"
            "Межрайонная инспекция ФНС России N 15 по г. Санкт-Петербургу в рамках камеральной налоговой проверки "
            "налоговой декларации по налогу на добавленную стоимость за 2 квартал 2026 г. направляет в адрес "
            "ООО \"Экзампл Груп Гидрострой\" (ИНН %s) требование N %s о представлении пояснений в соответствии с "
            "п. 3 ст. 88 Налогового кодекса РФ.\n\n"
            "Пояснения необходимо представить в течение 5 (пяти) рабочих дней со дня получения требования. "
            "Непредставление пояснений влечет ответственность по ст. 129.1 НК РФ, а также может являться "
            "основанием для приостановления операций по счетам налогоплательщика (ст. 76 НК РФ).\n\n"
            "Требование и перечень расхождений во вложении. Документ защищен паролем: %s\n\n"
            "Начальник отдела камеральных проверок\nМИФНС России N 15 по г. Санкт-Петербургу\n" % (RU["ids"]["ИНН"], num, pw))
    root = m.multi("mixed", [m.text(text, "koi8-r", "8bit"),
                             m.attach(z, "application/zip", "Требование_%s.zip" % num.replace("/", "-"), fstyle="koi8-r:B")],
                   style="php")
    ctx = m.ctx(t, ("МИФНС России N 15 по г. Санкт-Петербургу", "mifns15@nalog-spb-trebovaniya.ru"), [W.st("dmitry")],
                "Требование о представлении пояснений N %s" % num, root, zone="RU", subj_cs="koi8-r", subj_enc="B")
    ctx.msgid = "<%s@nalog-spb-trebovaniya.ru>" % rhex(r, 24)
    mua = [("Date", ctx.date()), ("To", ctx.to_h()), ("From", ctx.from_h()), ("Subject", ctx.subj()),
           ("Message-ID", ctx.msgid), ("X-Mailer", "PHPMailer 5.2.23 (https://github.com/PHPMailer/PHPMailer)"),
           ("MIME-Version", "1.0"), ("__MIME__", None)]
    res = S.cpanel(ctx, "vh404.timeweb.ru", "92.53.96.204", mode="smtp", client=("[127.0.0.1]", "193.233.232.71"),
                   dkim_dom="nalog-spb-trebovaniya.ru", mua=mua, dmarc=("pass", "none"),
                   domain_for_abuse="nalog-spb-trebovaniya.ru")
    m.describe("Fake tax-office demand (требование о представлении пояснений, Art. 88 Tax Code) with a password-protected "
               "ZIP whose 'document' is an executable (.pdf.exe).",
               "Look-alike domain nalog-spb-trebovaniya.ru on shared hosting (checks pass for it), threat of account "
               "freezing under Art. 76; the real FNS sends requirements only through the company's EDO operator (TKS), "
               "never by plain e-mail with archives; KOI8-R PHPMailer template; inert placeholder executable.",
               pair="B37 (genuine Diadoc notification), B07 (genuine password ZIP)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "38-ru-diadok-fishing")
def a38(m):
    r = m.r
    t = at(2026, 11, 10, 11, 41, 5, zone="RU")
    link = "https://diadoc-kontur.doc-view.online/d/%s" % rb64url(r, 18)
    text = ("Контур.Диадок\n\n"
            "Вам поступил документ на подпись\n\n"
            "Отправитель: ООО «СЕВЗАПГИДРОСТРОЙ», ИНН %s\n"
            "Получатель: ООО «ЭКЗАМПЛ ГРУП ГИДРОСТРОЙ»\n"
            "Документ: УПД № 447 от 09.11.2026 на сумму 2 684 400,00 руб.\n\n"
            "Срок подписания истекает 11.11.2026. Неподписанные документы будут автоматически отклонены.\n\n"
            "Посмотреть и подписать документ: %s\n\n"
            "Для входа используйте логин и пароль от Контур или сертификат электронной подписи.\n\n"
            "С уважением, команда Диадока\n" % (W.SZGS["inn"], link))
    htm = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222"><table width="600" cellpadding="0" '
           'cellspacing="0"><tr><td style="padding:16px 20px;background:#ff5a00;color:#fff;font-size:20px"><b>Контур.Диадок</b>'
           '</td></tr><tr><td style="padding:20px">' +
           "".join("<p>%s</p>" % "<br>".join(html_escape(x) for x in p.split("\n")) for p in text.split("\n\n")[1:4]) +
           '<p><a href="%s" style="background:#1a73e8;color:#fff;padding:10px 20px;text-decoration:none">Посмотреть и подписать'
           '</a></p><p>Для входа используйте логин и пароль от Контур или сертификат электронной подписи.</p>'
           '<p>С уважением, команда Диадока</p></td></tr></table></body></html>' % link)
    root = m.multi("alternative", [m.text(text, "utf-8", "base64"), m.html(htm, "utf-8", "base64")], style="yandex")
    ctx = m.ctx(t, ("Контур.Диадок", "diadoc.uvedomleniya@yandex.ru"), [W.st("anna")],
                "Вам поступил документ на подпись: УПД № 447 от ООО «СЕВЗАПГИДРОСТРОЙ»", root, zone="RU")
    res = S.yandex(ctx, web=True, dmarc=("pass", "none"))
    m.facts(url=[link])
    m.describe("EDO-operator phishing: a 'Kontur.Diadok' notice of a UPD from the real customer Севзапгидрострой with a "
               "link to a fake Diadoc/Kontur login.",
               "Sent from a free Yandex mailbox with the brand as display name (checks pass for yandex.ru); link on "
               "doc-view.online; signing-deadline pressure; genuine Diadoc mail comes from the operator's own domain "
               "and links to diadoc.kontur.ru.",
               pair="B37 (genuine Diadoc notification)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "39-ru-lzhetender-obespechenie-qr")
def a39(m):
    r = m.r
    t = at(2026, 12, 3, 9, 12, 48, zone="RU")
    bik, corr = "044525974", "30101810145250000974"
    acc = I.ru_account(bik, "40702810010000048213")
    inn = I.ru_inn10("970512884")
    payload = I.st00012([("Name", "ООО «ЭТП РЕГИОН-ТОРГ»"), ("PersonalAcc", acc), ("BankName", "АО «ТБанк»"),
                         ("BIC", bik), ("CorrespAcc", corr), ("PayeeINN", inn), ("KPP", "771401001"),
                         ("Sum", "4800000"), ("Purpose", "Обеспечение заявки № ЗО-2026/417-ДУ, НДС не облагается")])
    body = ("ФГУП «Росморпорт» (Северо-Западный бассейновый филиал) приглашает ООО «Экзампл Груп Гидрострой» к участию в "
            "закрытом отборе подрядчиков на выполнение работ по ремонтному дноуглублению акватории Морского порта "
            "Санкт-Петербург (Морской канал, участки К-3 - К-5) в навигацию 2027 г.\n\n"
            "Начальная (максимальная) цена договора: 186 400 000,00 руб.\n"
            "Срок подачи заявок: до 10.12.2026, 12:00 (МСК)\n\n"
            "Для получения закупочной документации и аккредитации на электронной площадке необходимо внести "
            "обеспечение заявки в размере 48 000,00 руб. на счет оператора ЭТП ООО «ЭТП Регион-Торг» по реквизитам, "
            "указанным ниже, или по QR-коду. После поступления средств на адрес участника будет направлен логин "
            "для доступа к документации. Обеспечение возвращается участникам, не признанным победителями.\n\n"
            "Получатель: ООО «ЭТП РЕГИОН-ТОРГ», ИНН %s, КПП 771401001\nР/с %s\nБанк: АО «ТБанк», БИК %s\nК/с %s\n"
            "Назначение: Обеспечение заявки № ЗО-2026/417-ДУ" % (inn, acc, bik, corr))
    pdfb = docs.letter_pdf(m, "РОСМОРПОРТ", ["ФГУП «Росморпорт»", "Северо-Западный бассейновый филиал",
                                            "Межевой канал, д. 5, Санкт-Петербург", "тел. +7 812 380 71 42"],
                           ["Генеральному директору", "ООО «Экзампл Груп Гидрострой»", "199106, Санкт-Петербург,",
                            "Кожевенная линия, д. 34"],
                           "№ 417-ДУ от 02.12.2026", "Приглашение к участию в закрытом отборе подрядчиков", body,
                           ["Начальник отдела закупок", "С. В. Орлов"],
                           [["ФГУП «Росморпорт»", "Северо-Западный бассейновый филиал"]], t, 180,
                           creator="Microsoft Word", producer="Microsoft: Print To PDF", color=(0, 60, 130), lang="ru-RU",
                           qr_payload=payload, qr_caption="Оплата обеспечения заявки по QR-коду (ГОСТ Р 56042-2014) через "
                                                          "мобильное приложение банка.")
    text = ("Добрый день!\n\n"
            "Направляем приглашение к участию в закрытом отборе подрядчиков на ремонтное дноуглубление акватории "
            "Морского порта Санкт-Петербург (навигация 2027 г.). Ваша организация включена в перечень приглашенных "
            "участников по результатам квалификационного отбора.\n\n"
            "Приглашение, реквизиты для внесения обеспечения заявки и QR-код для оплаты - во вложении. Срок подачи "
            "заявок - до 10.12.2026.\n\n"
            "По вопросам: отдел закупок, тел. +7 812 380 71 42.\n\n"
            "С уважением,\nОтдел закупок\nФГУП «Росморпорт», Северо-Западный бассейновый филиал\n")
    root = m.multi("mixed", [m.text(text, "windows-1251", "quoted-printable"),
                             m.attach(pdfb, "application/pdf", "Приглашение_ЗО-2026-417-ДУ.pdf", fstyle="windows-1251:B")],
                   style="java")
    ctx = m.ctx(t, ("ФГУП Росморпорт - закупки", "zakupki@rosmorport-szbf.ru"), [W.st("anna")],
                "Приглашение к участию в закрытом отборе: ремонтное дноуглубление, навигация 2027", root, zone="RU",
                cc=[W.st("dmitry")], subj_cs="windows-1251", subj_enc="B")
    ctx.msgid = "<%s@rosmorport-szbf.ru>" % rhex(r, 24)
    mua = [("Date", ctx.date()), ("From", ctx.from_h()), ("To", ctx.to_h()), ("Cc", ctx.cc_h()), ("Subject", ctx.subj()),
           ("Message-ID", ctx.msgid), ("MIME-Version", "1.0"), ("__MIME__", None), ("X-Mailer", "Microsoft Outlook 16.0")]
    res = S.platform(ctx, "mail.rosmorport-szbf.ru", "91.206.15.80", mua,
                     [("rosmorport-szbf.ru", "mail", "Date:From:To:Cc:Subject:Message-ID", "opendkim")],
                     inner=["from [192.168.0.103] (unknown [95.31.212.44])\n\tby mail.rosmorport-szbf.ru (Postfix) with "
                            "ESMTPSA id {QID};\n\t{DATE}"], dmarc=("pass", "none"))
    m.meta["accounts"].append(("ru", acc, bik))
    m.meta["accounts"].append(("ru-corr", corr, bik))
    m.phone("+7 812 380 71 42")
    m.describe("Fake tender / advance-fee: an invitation 'from Rosmorport' to a closed contractor selection for "
               "maintenance dredging (RUB 186.4m) requires a RUB 48,000 'bid security' paid to an e-platform operator, "
               "with a GOST R 56042 payment QR code.",
               "Look-alike domain rosmorport-szbf.ru on a VPS (checks pass for it); real procurement of state enterprises "
               "runs on official platforms where bid security goes to blocked accounts, never to a private LLC by QR "
               "code; access to documents only after payment.",
               pair="B39 (genuine tender invitation), B38 (genuine invoice with ST00012 QR)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("attack", "40-ru-fejk-direktor-telegram")
def a40(m):
    r = m.r
    t = at(2026, 12, 14, 12, 3, 26, zone="RU")
    text = ("Анна, добрый день.\n\n"
            "Это Хенрик Брандт. Извините за мой русский, пишу через переводчик. Я сейчас на переговорах в Москве по "
            "новому проекту, пишу с личной почты, потому что рабочий ноутбук остался в Гамбурге.\n\n"
            "Мне нужна ваша помощь в одном конфиденциальном вопросе, это срочно и займет немного времени. Пожалуйста, "
            "напишите мне в Telegram по номеру +7 915 482 07 36 - там удобнее, я на встречах и не могу говорить по "
            "телефону. Пока никому не сообщайте, в том числе коллегам в Санкт-Петербурге.\n\n"
            "Спасибо,\nХенрик Брандт\nГенеральный директор Example Group\n")
    htm = ('<HTML><BODY><div>' + "".join("<div>%s</div>" % (html_escape(l) if l else "&nbsp;") for l in text.split("\n")) +
           '</div></BODY></HTML>')
    root = m.multi("alternative", [m.text(text, "utf-8", "base64"), m.html(htm, "utf-8", "base64")], style="mailru")
    ctx = m.ctx(t, ("Хенрик Брандт", "henrik.brandt.eg@mail.ru"), [W.st("anna")], "Срочно и конфиденциально", root,
                zone="RU")
    res = S.mailru(ctx)
    m.phone("+7 915 482 07 36")
    m.describe("CEO fraud moving to a messenger: 'Henrik Brandt' writes to the St Petersburg office manager from a mail.ru "
               "address and asks her to contact him on Telegram for a confidential urgent task.",
               "CEO name on a free mail.ru mailbox (checks pass for mail.ru), secrecy even towards local colleagues, "
               "unreachable by phone, pushes the conversation to Telegram where no filter sees it; no link or payload.",
               pair="B40 (genuine colleague from private Yandex mail), B03 (genuine CEO request)")
    return m.finish(ctx, res)
