"""Russian messages: attack 37-40, business 37-40."""
import base64

from lib.msg import M, message, outlook_html, gmail_html, tb_html, esc
from lib.senders import (env, h_outlook, h_gmail, h_thunderbird, h_outlook_desktop, h_apple, h_phpmailer,
                         h_generic, via_m365, via_exchange, via_gmail, finish)
from lib import mta, docs, ids, qr, png, containers, pdf, mime
from lib.mime import Part, Multipart, RawPart
from lib.org import S, CO, OFF
from lib.util import utc, plus, rfc_date, hexs, alnum, uuid4, addr, local, epoch, b64rand, postfix_qid, exim_id, encoded_word
from msgs.common import outlook_bounds, alt, att, inline_img, mixed, related, text_part, html_part, quote_lines, a_href

RU = OFF["RU"]
NEV = CO["nevsky"]
INN = RU["tax"][0][1]


def _b64s(s, cs="UTF-8"):
    return "=?%s?B?%s?=" % (cs, base64.b64encode(s.encode(cs)).decode())


def _yandex_out(m, root, hdrs, dkim_d, web=False, bat=False):
    """Yandex (free or 360): web send via sendbernar or SMTP submission, then forward*.mail.yandex.net."""
    r = m.r
    t = m.env.t
    body = root.payload()
    dv, bp = mta.dkim(r, dkim_d, "mail", "From:To:Subject:Message-Id:Date", body, t=int(epoch(t)), style="yandex")
    node = "mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net" % r.randrange(10, 99)
    fwd = "forward%d%s.mail.yandex.net" % (r.randrange(100, 600), r.choice("abcd"))
    ip = "178.154.239.%d" % r.randrange(60, 220)
    if web:
        inner = ("Received: from mail-sendbernar-production-main-%d.vla.yp-c.yandex.net (mail-sendbernar-production-main-%d.vla.yp-c.yandex.net [IPv6:2a02:6b8:c0d:%x:0:640:%x:0])\r\n"
                 "\tby %s (Yandex) with ESMTPS id %s\r\n\tfor <%s>; %s" % (9, 9, r.randrange(65536), r.randrange(65536), fwd, alnum(r, 12), m.env.rcpt, rfc_date(t, "MSK")))
        inner2 = ("Received: by mail-sendbernar-production-main-9.vla.yp-c.yandex.net with HTTP;\r\n\t%s" % rfc_date(t, "MSK"))
        pre = [("X-Yandex-Fwd", "1"), ("DKIM-Signature", dv),
               ("Received", inner.split(": ", 1)[1]), ("Received", inner2.split(": ", 1)[1])]
    else:
        cip = "95.161.%d.%d" % (r.randrange(256), r.randrange(256))
        pre = [("X-Yandex-Fwd", "1"),
               ("Received", "from %s (%s [IPv6:2a02:6b8:c0c:%x:0:640:%x:0])\r\n\tby %s (Yandex) with ESMTPS id %s\r\n\tfor <%s>; %s"
                % (node, node, r.randrange(65536), r.randrange(65536), fwd, alnum(r, 12), m.env.rcpt, rfc_date(plus(t, 1), "MSK"))),
               ("Received", "by %s (smtp/Yandex) with ESMTPSA id %s-%s;\r\n\t%s" % (node, alnum(r, 10), alnum(r, 8), rfc_date(t, "MSK"))),
               ("X-Yandex-Filter", "1"), ("DKIM-Signature", dv)]
    client = (fwd, fwd, ip, mta.TLS13_256)
    dom = dkim_d
    return finish(m, root, dict(spf="pass", dkim=[("pass", dkim_d, "mail", bp, 2048)], dmarc=("pass", "none", dom)),
                  pre, client, plus(t, 2), hdrs)


# =====================================================================================
# ATTACKS
# =====================================================================================

@message("attack", "37-ru-fns-trebovanie-zip.eml")
def a37():
    m = M("attack", "37-ru-fns-trebovanie-zip.eml")
    t = utc(2026, 12, 2, 7, 11, 54)
    dom = "nalog-gov.ru"
    sender = "uvedomlenie@" + dom
    env(m, t, S["acc_ru"].email, sender)
    exe = ("INERT TEST PLACEHOLDER - NOT AN EXECUTABLE.\r\nRepresents a Windows PE dropper (remote-access trojan) disguised as a PDF,\r\n"
           "C2 would be hxxps://update-nalog[.]online/gate.php\r\n").encode()
    m.fact("Payload URL (defanged)", "hxxps://update-nalog[.]online/gate.php", "text inside inert placeholder")
    inner = "Требование №17-24_8841 от 02.12.2026.pdf.exe"
    z = containers.make_zip([(inner, exe)], dt=(2026, 12, 2, 9, 55, 0), names_cp="cp866")
    text = ("Уважаемый налогоплательщик!\n\n"
            "Межрайонная ИФНС России №15 по Санкт-Петербургу в соответствии со ст. 88 НК РФ направляет в Ваш адрес требование "
            "о представлении пояснений №17-24/8841 от 02.12.2026 в связи с выявленными расхождениями в налоговой декларации по НДС "
            "за 3 квартал 2026 года (ИНН %s).\n\n"
            "Пояснения необходимо представить в течение 5 (пяти) рабочих дней со дня получения требования. Непредставление пояснений "
            "влечет ответственность по ст. 129.1 НК РФ и может стать основанием для приостановления операций по счетам.\n\n"
            "Требование и форма ответа находятся во вложении.\n\n"
            "С уважением,\nМежрайонная ИФНС России №15 по Санкт-Петербургу\nОтдел камеральных проверок №2\n" % INN)
    root = mixed([Part("text/plain", text, charset="windows-1251", cte="base64"),
                  Part("application/x-zip-compressed", z, cte="base64", filename="Требование_17-24_8841.zip", disposition="attachment",
                       fn_style="rfc2047:windows-1251")], m.boundary("bat"))
    msgid = "<%d.%s@%s>" % (int(epoch(t)), hexs(m.r, 8), dom)
    hdrs = [("Date", rfc_date(t, "MSK")), ("From", "=?windows-1251?B?%s?= <%s>" % (base64.b64encode("ФНС России".encode("windows-1251")).decode(), sender)),
            ("To", S["acc_ru"].email), ("Subject", _b64s("Требование о представлении пояснений №17-24/8841 от 02.12.2026", "windows-1251")),
            ("Message-ID", msgid), ("MIME-Version", "1.0"), ("MIME", None), ("X-Mailer", "PHP/7.4.33")]
    body = root.payload()
    pre, client, t_mx, bp = mta.exim(m.env, "smtp3.beget.com", "5.101.153.%d" % m.r.randrange(10, 250), body, sender,
                                     client_ip="87.236.16.%d" % m.r.randrange(2, 250), client_helo="%s" % dom, dkim_d=dom, dkim_s="beget", zone="MSK",
                                     version="4.96")
    finish(m, root, dict(spf="pass", dkim=[("pass", dom, "beget", bp, 2048)], dmarc=("pass", "none", dom)), pre, client, t_mx, hdrs)
    m.info = dict(charset="windows-1251", cte="base64", structure="mixed(text/plain, ZIP with cp866 file name)",
                  what="Fake Federal Tax Service 'requirement to explain VAT discrepancies' with a ZIP containing a .pdf.exe",
                  why="Look-alike nalog-gov.ru on Beget hosting; real requirements arrive via the EDI operator/taxpayer account with qualified signature, "
                      "never as ZIP attachments by e-mail; double extension inside (inert placeholder); account-freeze threat")
    return m


@message("attack", "38-ru-diadok-phishing.eml")
def a38():
    m = M("attack", "38-ru-diadok-phishing.eml")
    t = utc(2026, 11, 11, 6, 48, 27)
    dom = "diadok-kontur.ru"
    sender = "noreply@" + dom
    env(m, t, S["acc_ru"].email, "bounce@" + dom)
    link = m.url("https://diadok-kontur.ru/auth/?doc=431&inn=%s&return=%%2Fdocuments" % INN, "fake Kontur login")
    paras = ["Здравствуйте!",
             "Вам поступил документ, требующий подписания:",
             "УПД №431 от 10.11.2026 (счет-фактура и передаточный документ)",
             "Отправитель: ООО «Невский яхт-клуб», ИНН %s" % NEV.inn,
             "Получатель: ООО «Экзампл Яхтинг», ИНН %s" % INN,
             "Сумма: 412 800,00 руб., в т.ч. НДС",
             "Срок подписания: до 13.11.2026. Неподписанные документы будут автоматически отклонены.",
             "С уважением, команда Контур.Диадок"]
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\"><div style=\"padding:14px 20px;background:#0a7ec2;color:#fff;font-size:18px\">Контур.Диадок</div>"
            "<div style=\"padding:16px 20px\">" + "".join("<p>%s</p>" % esc(p) for p in paras[:6])
            + "<p><a href=\"%s\" style=\"background:#ff7b00;color:#fff;padding:10px 20px;text-decoration:none\">Перейти к документу</a></p>" % link
            + "".join("<p>%s</p>" % esc(p) for p in paras[6:]) + "</div></body></html>")
    text = "\n\n".join(paras[:6]) + "\n\nПерейти к документу: %s\n\n" % link + "\n\n".join(paras[6:]) + "\n"
    root = alt(text, html, "utf-8", "quoted-printable", m.boundary("generic"))
    msgid = "<%s@%s>" % (hexs(m.r, 24), dom)
    hdrs = h_generic("Контур.Диадок <%s>" % sender, [S["acc_ru"].email], "Вам поступил документ на подпись: УПД №431 от ООО «Невский яхт-клуб»",
                     t, "MSK", msgid, order=("From", "To", "Subject", "Date", "Message-ID"))
    hdrs[0] = ("From", "=?utf-8?B?%s?= <%s>" % (base64.b64encode("Контур.Диадок".encode()).decode(), sender))
    body = root.payload()
    r = m.r
    qid = postfix_qid(r, t)
    dv, bp = mta.dkim(r, dom, "mail", "From:To:Subject:Date:Message-ID:From", body, t=int(epoch(t)), c="relaxed/simple")
    host = "vds%d.timeweb.ru" % r.randrange(10000, 99999)
    pre = [("DKIM-Filter", "OpenDKIM Filter v2.11.0 %s %s" % (host, qid)), ("DKIM-Signature", dv),
           ("Received", "by %s (Postfix, from userid 1000)\r\n\tid %s; %s" % (host, qid, rfc_date(t, "MSK", "postfix")))]
    ip = "92.53.96.%d" % r.randrange(10, 250)
    client = (host, host, ip, mta.TLS13_256)
    finish(m, root, dict(spf="pass", dkim=[("pass", dom, "mail", bp, 2048)], dmarc=("none", "none", dom)), pre, client, plus(t, 1), hdrs)
    m.info = dict(charset="utf-8", cte="quoted-printable", structure="alternative(text, html)",
                  what="EDI (Kontur.Diadok) credential phishing: 'document to sign' from a real counterparty name",
                  why="Look-alike diadok-kontur.ru on a Timeweb VPS (real Diadok mails from diadoc.kontur.ru, note 'k' vs 'c'), "
                      "auto-rejection deadline, login page on the look-alike")
    return m


@message("attack", "39-ru-feikovyi-rukovoditel.eml")
def a39():
    m = M("attack", "39-ru-feikovyi-rukovoditel.eml")
    t = utc(2026, 10, 21, 8, 6, 2)
    sender = "henrik.brandt.ceo@yandex.ru"
    env(m, t, S["om_ru"].email, sender)
    paras = ["Ольга, добрый день!", "",
             "Прошу отнестись к этому письму конфиденциально.", "",
             "В отношении нашей российской компании проводится проверка по линии финансового мониторинга в связи с операциями по продаже "
             "яхт иностранным покупателям. Сегодня с Вами свяжется куратор проверки, Климов Сергей Андреевич. Прошу оказать ему полное "
             "содействие и выполнять его указания - это важно для компании и для меня лично.", "",
             "О проверке никому не сообщайте, в том числе Дмитрию и коллегам в Гамбурге: это условие ведомства, разглашение будет "
             "расценено как препятствование проверке. Я в курсе ситуации и контролирую её.", "",
             "Пишите мне только на этот адрес, корпоративная почта сейчас проверяется.", "",
             "Хенрик Брандт", "Генеральный директор Example Group"]
    html = ("<div>" + "".join("<div>%s</div>" % (esc(p) or "&nbsp;") for p in paras) + "</div><div>&nbsp;</div><div>-- </div><div>Отправлено из мобильной Яндекс Почты</div>")
    root = Part("text/html", html, charset="utf-8", cte="base64")
    msgid = "<%d%d@mail.yandex.ru>" % (m.r.randrange(10 ** 5, 10 ** 6), int(epoch(t)))
    hdrs = [("From", "=?utf-8?B?%s?= <%s>" % (base64.b64encode("Хенрик Брандт".encode()).decode(), sender)),
            ("To", "=?utf-8?B?%s?= <%s>" % (base64.b64encode("Ольга Смирнова".encode()).decode(), S["om_ru"].email)),
            ("Subject", _b64s("Конфиденциально")), ("MIME-Version", "1.0"), ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
            ("Date", rfc_date(t, "MSK")), ("Message-Id", msgid), ("MIME", None)]
    _yandex_out(m, root, hdrs, "yandex.ru", web=True)
    m.info = dict(charset="utf-8", cte="base64", structure="text/html",
                  what="'Fake boss' scam: the 'CEO' on a free Yandex address announces a secret 'financial-monitoring' officer who will call",
                  why="CEO name on yandex.ru, secrecy even towards the local accountant, authority + law-enforcement pressure, reply only to the free address; "
                      "the follow-up call aims at transfers to 'safe accounts' or data theft")
    return m


@message("attack", "40-ru-reestr-schet-koi8.eml")
def a40():
    m = M("attack", "40-ru-reestr-schet-koi8.eml")
    t = utc(2026, 10, 13, 9, 31, 44)
    sender = "reestr.yachting.rf@mail.ru"
    env(m, t, S["om_ru"].email, sender)
    bik = "044525225"
    acc = ids.ru_account(bik, "40702810538000141873")
    m.fact("RU-Account", acc, "BIK 044525225 - payee account of the 'register' (Sberbank Moscow)")
    inn_fake = ids.ru_inn10("770418236")
    m.fact("INN", inn_fake, "'register' company INN (valid check digit)")
    text = ("Уважаемые коллеги!\n\n"
            "Напоминаем о необходимости продления размещения сведений о Вашей организации ООО \"Экзампл Яхтинг\" (ИНН %s) в отраслевом "
            "реестре \"Яхтинг и маломерный флот России - 2027\".\n\n"
            "Стоимость размещения на 2027 год: 38 400 руб. 00 коп. (НДС не облагается, УСН).\n"
            "Оплату необходимо произвести до 30.10.2026, в противном случае сведения о компании будут исключены из реестра, а "
            "восстановление производится на общих основаниях.\n\n"
            "Счет N 1184 от 13.10.2026\n"
            "Получатель: ООО \"Реестр-Инфо\", ИНН %s\n"
            "Банк: ПАО Сбербанк, г. Москва, БИК %s\n"
            "Р/с %s\n"
            "К/с %s\n"
            "Назначение платежа: Оплата по счету N 1184 от 13.10.2026 за размещение в реестре. НДС не облагается.\n\n"
            "С уважением,\nотдел по работе с участниками реестра\nтел. +7 (495) 118-42-07\n" % (INN, inn_fake, bik, acc, ids.ru_corr_account(bik)))
    m.phone("+7 (495) 118-42-07", "'register' phone")
    import textwrap
    text = "\n".join(textwrap.fill(p, 76, break_long_words=False) if p else "" for p in text.split("\n"))
    root = Part("text/plain", text, charset="koi8-r", cte="8bit")
    msgid = "<%d.%s@mail.ru>" % (m.r.randrange(10 ** 8, 10 ** 9), local(t, "MSK")[0].strftime("%Y%m%d%H%M%S"))
    hdrs = [("Date", rfc_date(t, "MSK")), ("From", "=?koi8-r?B?%s?= <%s>" % (base64.b64encode("Отраслевой реестр".encode("koi8-r")).decode(), sender)),
            ("X-Mailer", "The Bat! (v10.4.5) Professional"), ("Reply-To", sender), ("X-Priority", "3 (Normal)"), ("Message-ID", msgid),
            ("To", S["om_ru"].email), ("Subject", _b64s("Счет N 1184 на размещение в реестре \"Яхтинг и маломерный флот России - 2027\"", "koi8-r")),
            ("MIME-Version", "1.0"), ("MIME", None)]
    body = root.payload()
    r = m.r
    dv, bp = mta.dkim(r, "mail.ru", "mail4", "From:Subject:Content-Type:Message-ID:Reply-To:Date:MIME-Version:To", body, t=int(epoch(t)), style="exim")
    cip = "31.173.%d.%d" % (r.randrange(256), r.randrange(256))
    pre = [("DKIM-Signature", dv), ("X-Mailru-Src", "smtp"), ("X-7564579A", "646B95376F6C166E"), ("X-77F55803", alnum(r, 60)),
           ("X-Mailru-Sender", "%s" % alnum(r, 80)), ("X-Mras", "Ok"),
           ("Received", "from [%s] (helo=[192.168.0.101])\r\n\tby smtp41.i.mail.ru with esmtpa (envelope-from <%s>)\r\n\tid %s\r\n\tfor %s; %s"
            % (cip, sender, "1t" + alnum(r, 4) + "-" + alnum(r, 6) + "-" + alnum(r, 2), m.env.rcpt, rfc_date(t, "MSK")))]
    ip = "95.163.41.%d" % r.randrange(60, 99)
    client = ("smtp41.i.mail.ru", "smtp41.i.mail.ru", ip, mta.TLS13_256)
    finish(m, root, dict(spf="pass", dkim=[("pass", "mail.ru", "mail4", bp, 2048)], dmarc=("pass", "reject", "mail.ru")), pre, client, plus(t, 2), hdrs)
    m.info = dict(charset="koi8-r", cte="8bit", structure="text/plain",
                  what="Register/directory scam: invoice to 'renew' the company's entry in a private 'industry register' for 2027",
                  why="Free mail.ru sender, no prior relationship ('renewal' of something never ordered), deadline and exclusion threat, "
                      "formally correct payment details (valid account key) to look like a real invoice")
    return m


# =====================================================================================
# BUSINESS
# =====================================================================================

@message("business", "37-ru-fns-lk-uvedomlenie.eml")
def b37():
    m = M("business", "37-ru-fns-lk-uvedomlenie.eml")
    t = utc(2026, 12, 3, 6, 40, 12)
    env(m, t, S["acc_ru"].email, "noreply@nalog.gov.ru")
    u = m.url("https://lkul.nalog.ru", "taxpayer account portal, login with qualified e-signature")
    paras = ["Уважаемый пользователь!",
             "В Личном кабинете налогоплательщика юридического лица ООО «Экзампл Яхтинг» (ИНН %s) размещен новый документ:" % INN,
             "Тип документа: Требование о представлении пояснений (ст. 88 НК РФ)",
             "Дата размещения: 03.12.2026",
             "Документ также направлен через Вашего оператора электронного документооборота. Для просмотра войдите в Личный кабинет "
             "на сайте %s с использованием квалифицированной электронной подписи." % u,
             "Сообщение сформировано автоматически и не требует ответа. ФНС России не направляет документы во вложениях к электронным письмам."]
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><div style=\"background:#0d4cd3;color:#fff;padding:12px 20px\">ФНС России · Личный кабинет юридического лица</div>"
            + "".join("<p>%s</p>" % esc(p) for p in paras) + "</body></html>")
    text = "\n\n".join(paras) + "\n"
    root = alt(text, html, "UTF-8", "base64", m.boundary("javamail"), quote_cs=False)
    msgid = "<%d.%d.%d.JavaMail.lkul@lkul-notify%02d>" % (m.r.randrange(10 ** 8, 10 ** 9), m.r.randrange(10, 99), int(epoch(t)) * 1000, m.r.randrange(1, 9))
    hdrs = [("Date", rfc_date(t, "MSK")), ("From", "=?UTF-8?B?%s?= <noreply@nalog.gov.ru>" % base64.b64encode("ФНС России".encode()).decode()),
            ("To", S["acc_ru"].email), ("Message-ID", msgid),
            ("Subject", _b64s("В личном кабинете налогоплательщика размещен новый документ")), ("MIME-Version", "1.0"), ("MIME", None)]
    body = root.payload()
    r = m.r
    dv, bp = mta.dkim(r, "nalog.gov.ru", "mail", "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type", body, t=int(epoch(t)))
    pre = [("DKIM-Signature", dv),
           ("Received", "from lkul-notify%02d.nalog.local (lkul-notify.nalog.local [10.77.%d.%d])\r\n\tby mx-out2.nalog.gov.ru (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
            % (r.randrange(1, 9), r.randrange(256), r.randrange(256), postfix_qid(r, t), S["acc_ru"].email, rfc_date(t, "MSK", "postfix")))]
    client = ("mx-out2.nalog.gov.ru", "mx-out2.nalog.gov.ru", "192.0.2.137", mta.TLS13_256)
    finish(m, root, dict(spf="pass", dkim=[("pass", "nalog.gov.ru", "mail", bp, 2048)], dmarc=("pass", "reject", "nalog.gov.ru")), pre, client, plus(t, 2), hdrs)
    m.info = dict(charset="UTF-8", cte="base64", structure="alternative(text, html)",
                  what="Tax service notification that a requirement is available in the taxpayer account (and via the EDI operator)",
                  why="Official nalog.gov.ru with DKIM/DMARC, no attachment, directs to lkul.nalog.ru with qualified signature, states documents are never attached",
                  mirrors=["37-ru-fns-trebovanie-zip.eml"], differs="no attachment; official portal; same topic one day later")
    return m


@message("business", "38-ru-diadok-upd-nevsky.eml")
def b38():
    m = M("business", "38-ru-diadok-upd-nevsky.eml")
    t = utc(2026, 11, 10, 12, 3, 39)
    env(m, t, S["acc_ru"].email, "noreply@diadoc.kontur.ru")
    link = m.url("https://diadoc.kontur.ru/%s/Document/Show?letterId=%s&entityId=%s" % (uuid4(m.r), uuid4(m.r), uuid4(m.r)), "real Diadok document link")
    paras = ["Здравствуйте!",
             "Вам пришел документ от ООО «Невский яхт-клуб» (ИНН %s):" % NEV.inn,
             "УПД №412 от 10.11.2026 - зимнее хранение яхт (ноябрь 2026 - апрель 2027), 3 ед.",
             "Сумма: 486 000,00 руб., в т.ч. НДС 20% 81 000,00 руб.",
             "Документ ожидает Вашей подписи.",
             "Контур.Диадок — система электронного документооборота. Это письмо отправлено автоматически; настроить уведомления можно в разделе «Настройки»."]
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\"><div style=\"padding:14px 20px;border-bottom:3px solid #0a7ec2;font-size:18px\">Диадок</div>"
            "<div style=\"padding:16px 20px\">" + "".join("<p>%s</p>" % esc(p) for p in paras[:5])
            + "<p><a href=\"%s\">Открыть документ в Диадоке</a></p>" % link + "<p style=\"font-size:11px;color:#777\">%s</p></div></body></html>" % esc(paras[5]))
    text = "\n\n".join(paras[:5]) + "\n\nОткрыть документ в Диадоке: %s\n\n%s\n" % (link, paras[5])
    root = alt(text, html, "utf-8", "quoted-printable", m.boundary("generic"))
    msgid = "<%s@diadoc.kontur.ru>" % uuid4(m.r)
    hdrs = [("From", "=?utf-8?B?%s?= <noreply@diadoc.kontur.ru>" % base64.b64encode("Диадок".encode()).decode()), ("To", S["acc_ru"].email),
            ("Subject", _b64s("Документ от ООО «Невский яхт-клуб»: УПД №412 от 10.11.2026")),
            ("Date", rfc_date(t, "MSK")), ("Message-ID", msgid), ("MIME-Version", "1.0"), ("MIME", None)]
    body = root.payload()
    r = m.r
    dv, bp = mta.dkim(r, "diadoc.kontur.ru", "dk2024", "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type", body, t=int(epoch(t)))
    pre = [("DKIM-Signature", dv),
           ("Received", "from diadoc-mailer-%d.kontur.local (unknown [10.34.%d.%d])\r\n\tby smtp2.kontur.ru (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
            % (r.randrange(1, 9), r.randrange(256), r.randrange(256), postfix_qid(r, t), S["acc_ru"].email, rfc_date(t, "MSK", "postfix")))]
    client = ("smtp2.kontur.ru", "smtp2.kontur.ru", "192.0.2.146", mta.TLS13_256)
    finish(m, root, dict(spf="pass", dkim=[("pass", "diadoc.kontur.ru", "dk2024", bp, 2048)], dmarc=("pass", "reject", "diadoc.kontur.ru")),
           pre, client, plus(t, 2), hdrs)
    m.info = dict(charset="utf-8", cte="quoted-printable", structure="alternative(text, html)",
                  what="Genuine Diadok notification: the yacht club sent a UPD (invoice/acceptance document) for winter storage",
                  why="diadoc.kontur.ru with DKIM/DMARC, link to the real Diadok, amounts match the storage contract, no deadline threat",
                  mirrors=["38-ru-diadok-phishing.eml"], differs="real domain diadoc.kontur.ru; no auto-rejection threat")
    return m


@message("business", "39-ru-srochno-oplata-vnutrennee.eml")
def b39():
    m = M("business", "39-ru-srochno-oplata-vnutrennee.eml")
    t = utc(2026, 11, 12, 8, 15, 3)
    env(m, t, S["acc_ru"].email, S["om_ru"].email)
    paras = ["Дмитрий, доброе утро!", "",
             "Срочно, пожалуйста: Хенрик вчера согласовал оплату Невскому яхт-клубу за зимнее хранение (УПД N 412 пришел в Диадок 10.11). "
             "Подпиши УПД и оплати сегодня до 15:00 - у них с 13-го начинается подъем лодок, без оплаты наши три яхты поставят в конец очереди.", "",
             "Реквизиты бери из договора N НЯК-2024/07 в 1С, не из писем. Заявка на оплату в СЭД, я уже согласовала.", "",
             "Спасибо!", "Ольга", "", "Ольга Смирнова", "Офис-менеджер | ООО \"Экзампл Яхтинг\"", "+7 812 640 18 22"]
    text = "\n".join(paras) + "\n"
    html = outlook_html(paras, "RU").replace("charset=utf-8", "charset=koi8-r")
    msgid = m.msgid_exchange("EXCH01")
    b = outlook_bounds(msgid)
    root = alt(text, html, "koi8-r", "quoted-printable", b["alt"])
    hdrs = h_outlook(m, "Olga Smirnova <%s>" % S["om_ru"].email, ["Dmitry Volkov <%s>" % S["acc_ru"].email],
                     "Срочно: оплата Невскому яхт-клубу сегодня", t, "MSK", msgid, lang="ru-RU")
    hdrs = [(k, v if k not in ("Subject", "Thread-Topic") else "=?koi8-r?B?%s?=" % base64.b64encode("Срочно: оплата Невскому яхт-клубу сегодня".encode("koi8-r")).decode())
            for k, v in hdrs]
    via_exchange(m, root, hdrs, sender_ip="10.70.1.12", srv="EXCH01")
    m.info = dict(charset="koi8-r", cte="quoted-printable", structure="alternative(text, html)",
                  what="Internal urgent request: office manager asks the accountant to sign the EDI document and pay the yacht club today",
                  why="Internal Exchange route, real colleague, references the EDI document, the ERP contract master data and the approval workflow",
                  mirrors=["39-ru-feikovyi-rukovoditel.eml"], differs="urgency but no secrecy; uses normal process and master data")
    return m


@message("business", "40-ru-nevsky-schet-win1251.eml")
def b40():
    m = M("business", "40-ru-nevsky-schet-win1251.eml")
    t = utc(2026, 11, 9, 11, 52, 17)
    sender = NEV.people[1][1]
    env(m, t, S["acc_ru"].email, sender)
    bik = "044030790"
    acc = NEV.bank[2]
    m.fact("RU-Account", acc, "BIK 044030790 - Nevsky Yacht Club's account as in the contract")
    lt, _ = local(t, "MSK")
    doc = docs.invoice({"Title": "Счет 418", "Producer": "1С:Предприятие 8.3", "CreationDate": pdf.pdf_date(lt)},
                       "ООО «Невский яхт-клуб»", "Яхт-клуб · Марина · Зимнее хранение", "#1A4C8B",
                       "ООО «Невский яхт-клуб» · Петергофское ш., 77 · Санкт-Петербург · ИНН %s" % NEV.inn,
                       ["ООО «Экзампл Яхтинг»", "ИНН %s / КПП 781301001" % INN, "Петровская коса, д. 9, лит. А"],
                       "Счет на оплату № 418 от 09 ноября 2026 г.",
                       [("Договор", "НЯК-2024/07"), ("Банк", "АО «Банк «Санкт-Петербург»"), ("БИК", bik), ("Р/с", acc),
                        ("К/с", ids.ru_corr_account(bik))],
                       [("№", 30), ("Товары (работы, услуги)", 300), ("Кол-во", 50), ("Сумма, руб.", 103)],
                       [["1", "Подъем и спуск яхты краном (Bavaria C42 «Северянка»)", "2", "38 400,00"],
                        ["2", "Замена анодов и мойка днища", "1", "14 200,00"]], ["l", "l", "r", "r"],
                       [("Итого", "52 600,00", False), ("в т.ч. НДС 20%", "8 766,67", False), ("Всего к оплате", "52 600,00 руб.", True)],
                       ["Оплата по реквизитам договора в течение 5 банковских дней."],
                       ["ООО «Невский яхт-клуб» · тел. +7 812 748 30 15 · buh@nevsky-yachtclub.ru"], logo="ring").render()
    text = ("Добрый день, Дмитрий!\n\nНаправляю счет № 418 от 09.11.2026 за подъем/спуск и обслуживание «Северянки» "
            "(дополнительные работы вне договора хранения). УПД пришлем через Диадок после выполнения работ.\n\n"
            "Реквизиты без изменений, как в договоре НЯК-2024/07.\n\n--\nС уважением,\nбухгалтер ООО «Невский яхт-клуб»\n"
            "Ирина Соколова\nтел. +7 812 748 30 15\n")
    root = mixed([Part("text/plain", text, charset="windows-1251", cte="quoted-printable"),
                  Part("application/pdf", doc, cte="base64", filename="Счет_418_от_09.11.2026.pdf", disposition="attachment",
                       fn_style="rfc2047:windows-1251")], m.boundary("bat"))
    msgid = "<%d.%s@nevsky-yachtclub.ru>" % (m.r.randrange(10 ** 8, 10 ** 9), local(t, "MSK")[0].strftime("%Y%m%d%H%M%S"))
    hdrs = [("Date", rfc_date(t, "MSK")), ("From", "=?windows-1251?B?%s?= <%s>" % (base64.b64encode("Бухгалтерия Невский яхт-клуб".encode("windows-1251")).decode(), sender)),
            ("X-Mailer", "The Bat! (v11.2.3) Professional"), ("Reply-To", sender), ("X-Priority", "3 (Normal)"), ("Message-ID", msgid),
            ("To", "=?windows-1251?B?%s?= <%s>" % (base64.b64encode("Дмитрий Волков".encode("windows-1251")).decode(), S["acc_ru"].email)),
            ("Subject", _b64s("Счет № 418 от 09.11.2026 (подъем/спуск Северянка)", "windows-1251")), ("MIME-Version", "1.0"), ("MIME", None)]
    _yandex_out(m, root, hdrs, "nevsky-yachtclub.ru", web=False)
    m.info = dict(charset="windows-1251", cte="quoted-printable", structure="mixed(text/plain, PDF invoice)",
                  what="Yacht club's accountant sends an invoice for extra crane work, via The Bat! through Yandex 360",
                  why="Known counterparty on its own domain (DKIM/DMARC pass via Yandex 360), account unchanged and valid for its BIC, consistent with the contract",
                  mirrors=["40-ru-reestr-schet-koi8.eml"], differs="existing contract partner, services actually ordered, account matches the contract")
    return m
