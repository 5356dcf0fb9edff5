"""Attack messages, Russian (37-40)."""
from util import *
from profiles import smtp_client, exim_php, sendgrid
from profiles2 import custom
from lib import zipc
from company import RU, EG_RU_INN, BALT_INN, BALT_KPP, BALT_OGRN


def a37():
    m = Msg("attack", 37, "ru", "fns-trebovanie-zip-parol",
            "Tax-office lure: 'Требование о представлении пояснений' (art. 88 Tax Code) from an 'IFNS' with a password-"
            "protected ZIP containing Требование_о_представлении_пояснений.pdf.exe",
            "ФНС sends требования via the operator's ЭДО/ТКС channel, never by ordinary e-mail; domain nalog-gov.ru "
            "(real: nalog.gov.ru) on a VPS; encrypted archive with password in the body; .pdf.exe double extension; 5-day "
            "deadline with account-blocking threat.", pair=None)
    m.rcpt = "olga.kuznetsova@examplegroup.eu"
    m.t = T(2026, 10, 30, 10, 4, 19, "RU")
    c = m.ctx
    t = ago(m.t, 2)
    pw = "41873"
    m.zip_password = pw
    custom(m, ("mail.nalog-gov.ru", "vm4471.vps-cloud.su", "185.215.113.62", "1.2"), "<i7838@nalog-gov.ru>",
           [("Received", "from localhost (localhost [127.0.0.1])\n\tby mail.nalog-gov.ru (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
             % (c.postfix_qid(), m.rcpt, fmt(t, "RU", True)))],
           [("Date", fmt(t, "RU")),
            ("From", addr("Межрайонная ИФНС России № 24", "i7838@nalog-gov.ru", "windows-1251", "B")),
            ("To", "olga.kuznetsova@examplegroup.eu"),
            ("Subject", hval("Требование о представлении пояснений № 12-07/41873", "windows-1251", "B")),
            ("Message-ID", "<%s@nalog-gov.ru>" % c.hex(24)), ("MIME-Version", "1.0"), ("MIME", None)])
    text = """Уважаемый налогоплательщик!

Межрайонная ИФНС России № 24 по Санкт-Петербургу в соответствии со статьей 88 Налогового кодекса Российской Федерации направляет ООО «Экзампл Яхтинг» (ИНН %s) требование о представлении пояснений № 12-07/41873 от 29.10.2026 в связи с выявленными расхождениями в налоговой декларации по НДС за 3 квартал 2026 года.

Пояснения необходимо представить в течение 5 рабочих дней со дня получения требования. Непредставление пояснений в установленный срок влечет ответственность по статье 129.1 НК РФ, а также может послужить основанием для приостановления операций по счетам организации.

Требование и перечень расхождений во вложении. В целях защиты налоговой тайны архив защищен паролем: %s

Государственный налоговый инспектор
отдела камеральных проверок № 2
Смирнова Е. В.
""" % (EG_RU_INN, pw)
    inner = "Требование_о_представлении_пояснений_12-07_41873.pdf.exe"
    z = zipc.zipcrypto_zip([(inner, "INERT PLACEHOLDER - в оригинале исполняемый файл (RAT); содержимое удалено.\n".encode("utf-8"))],
                           pw, m.filename, dt=(2026, 10, 30, 9, 50, 8))
    m.notes.append("ZipCrypto password %s; member %s (UTF-8 name flag)" % (pw, inner))
    m.notes.append("ИНН %s (check digit valid)" % EG_RU_INN)
    m.body = Multipart("mixed", [
        Text(text, "plain", "windows-1251", "base64"),
        Attachment(z, "application/zip", "Требование_12-07_41873.zip", charset="windows-1251")], m.boundary())
    return m


def a38():
    m = Msg("attack", 38, "ru", "sberbusiness-sertifikat-ep",
            "Bank phishing: 'СберБизнес - confirm your electronic-signature certificate by 25.11.2026 or payments will be "
            "blocked', link to a look-alike login",
            "Domain sberbusiness-online.ru (real: sberbank.ru / sbi.sberbank.ru) sent by a PHP script on a hacked site "
            "at a shared host; certificate renewal is done inside the bank's system, not via mailed links; blocking "
            "threat.", pair="business 38")
    m.rcpt = "dmitry.sokolov@example.com"
    m.t = T(2026, 11, 18, 9, 0, 41, "RU")
    c = m.ctx
    url = "https://sberbusiness-online.ru/sbbol/cert/confirm?org=%s&s=%s" % (EG_RU_INN, c.hex(16))
    F = dict(frm=addr("СберБизнес", "notify@sberbusiness-online.ru", "koi8-r", "B"), to="dmitry.sokolov@example.com",
             subject=hval("СберБизнес: подтвердите сертификат электронной подписи до 25.11.2026", "koi8-r", "B"),
             t=ago(m.t, 1), env="notify@sberbusiness-online.ru")
    exim_php(m, F, host="vh412.timeweb.ru", host_ip="92.53.96.118", docroot_user="cm71834",
             script="bitrix/modules/main/tools", mailer="PHP/8.1.29", host_tz="RU")
    text = """Уважаемый клиент!

Срок действия сертификата ключа проверки электронной подписи, используемого для подписания платежных документов в системе СберБизнес, истекает 25.11.2026.

Организация: ООО «Экзампл Яхтинг», ИНН %s

Для продления сертификата без визита в отделение подтвердите данные уполномоченного лица и перевыпустите сертификат в личном кабинете:

%s

Если сертификат не будет подтвержден в указанный срок, исполнение платежных поручений будет приостановлено.

С уважением,
ПАО Сбербанк
Служба поддержки СберБизнес
""" % (EG_RU_INN, url)
    html = simple_html(text, "font-family:Arial,sans-serif;font-size:14px;color:#1f1f22")
    m.notes.append("URL " + url)
    m.body = alt(m, text, html, "koi8-r", "quoted-printable", quote_cs=False)
    return m


def a39():
    m = Msg("attack", 39, "ru", "balt-yacht-smena-rekvizitov",
            "Supplier bank change: 'Бухгалтерия ООО «БЯС»' announces new requisites at a Moscow bank and asks to pay "
            "invoice № 318 there",
            "Look-alike domain balt-yaht.ru (real: balt-yacht.ru) on a VPS; requisites changed by e-mail only and the "
            "new bank is in Moscow for a St Petersburg supplier; urgency before month-end; asks to confirm by e-mail. "
            "Compare the properly announced genuine change (business 40).", pair="business 37, 40")
    m.rcpt = "olga.kuznetsova@examplegroup.eu"
    m.t = T(2026, 11, 24, 14, 26, 50, "RU")
    c = m.ctx
    r = RU["att_balt"]
    F = dict(frm=addr("Бухгалтерия ООО «БЯС»", "buh@balt-yaht.ru", "windows-1251", "B"),
             to=addr("Ольга Кузнецова", "olga.kuznetsova@examplegroup.eu", "windows-1251", "B"),
             subject=hval("Смена банковских реквизитов / счет № 318 от 09.11.2026", "windows-1251", "B"),
             t=ago(m.t, 2), tz="RU", env="buh@balt-yaht.ru", org="ООО «БЯС»")
    smtp_client(m, F, relay="vm2815.firstbyte-vps.ru", relay_ip="91.201.52.148", out_helo="mail.balt-yaht.ru",
                client_helo="[192.168.1.77]", client_rdns="unknown", client_ip="176.59.41.208",
                auth="buh@balt-yaht.ru", mailer="The Bat! (v11.4.0) Professional",
                mid="<%d.%s@balt-yaht.ru>" % (c.randint(100000000, 999999999), c.digits(8)), order="thebat", relay_tz="RU")
    m.headers = [(k, hval(v, "windows-1251", "B") if k == "Organization" else v) for k, v in m.headers]
    text = """Добрый день, Ольга!

Уведомляем Вас об изменении банковских реквизитов ООО «Балтийские Яхтенные Системы» в связи с переходом на расчетно-кассовое обслуживание в другой банк. Счет в ПАО Сбербанк закрывается 30.11.2026, поступающие на него средства будут возвращены.

Новые реквизиты:
Получатель: ООО «Балтийские Яхтенные Системы»
ИНН %s / КПП %s
Р/с %s
Банк: %s, г. Москва
БИК %s
К/с %s

Просим оплату по счету № 318 от 09.11.2026 на сумму 412 760,00 руб. (в т.ч. НДС) произвести по новым реквизитам до конца недели и прислать платежное поручение на этот адрес. Официальное письмо за подписью генерального директора направим оригиналом почтой.

С уважением,
главный бухгалтер
Лебедева Марина Сергеевна
ООО «Балтийские Яхтенные Системы»
""" % (BALT_INN, BALT_KPP, r["acc"], r["bank"], r["bik"], r["corr"])
    m.notes.append("р/с %s, БИК %s, к/с %s (control keys valid); ИНН %s, ОГРН %s" % (r["acc"], r["bik"], r["corr"], BALT_INN, BALT_OGRN))
    m.body = Text(text, "plain", "windows-1251", "quoted-printable")
    return m


def a40():
    m = Msg("attack", 40, "ru", "diadoc-upd-podpis",
            "EDO lure: 'Контур.Диадок - you have received УПД № 318 from ООО «Балтийские Яхтенные Системы», signature "
            "required', link to a fake Diadoc login",
            "Domain kontur-diadoc.com via SendGrid (real notifications come from diadoc.ru/kontur.ru); uses a real "
            "supplier's name as bait; login link harvests Kontur credentials; 'sign within 24 h' pressure.",
            pair="business 37")
    m.rcpt = "olga.kuznetsova@examplegroup.eu"
    m.t = T(2026, 12, 8, 11, 41, 6, "RU")
    c = m.ctx
    url = "https://kontur-diadoc.com/auth/login?doc=%s&box=%s" % (c.uuid(), c.hex(12))
    F = dict(frm=addr("Контур.Диадок", "noreply@kontur-diadoc.com", "utf-8", "B"), to="olga.kuznetsova@examplegroup.eu",
             subject=hval("Вам поступил документ от ООО «Балтийские Яхтенные Системы»: УПД № 318 — требуется подпись", "utf-8", "B"),
             t=m.t, from_domain="kontur-diadoc.com")
    sendgrid(m, F, ip="149.72.120.35", host="wrqvcxsm")
    text = """Здравствуйте!

В ящик организации ООО «Экзампл Яхтинг» поступил документ, требующий подписи:

Отправитель: ООО «Балтийские Яхтенные Системы»
Документ: УПД № 318 от 09.11.2026
Сумма: 412 760,00 ₽

Документ необходимо подписать или отказать в подписи в течение 24 часов, иначе он будет считаться принятым без замечаний.

Открыть документ: %s

С уважением,
команда Контур.Диадок
"""  % url
    html = simple_html(text, "font-family:Arial,sans-serif;font-size:14px;color:#222")
    m.notes.append("URL " + url)
    m.body = alt(m, text, html, "utf-8", "8bit", quote_cs=False)
    return m


BUILDERS = [a37, a38, a39, a40]
