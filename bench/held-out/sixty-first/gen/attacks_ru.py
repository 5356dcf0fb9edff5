"""Attack messages, Russian (4)."""
from kit import *


def a_vetis():
    m = Mail("attack", "ru", "regulator-vetis-mercury-account-block",
             "'ФГИС «ВетИС» – служба поддержки' warns that the company's «Меркурий» account will be blocked "
             "over inconsistent data and must be confirmed by 27.11.2026 via a login link",
             "Trade-specific regulator impersonation: Rosselkhoznadzor's systems are on vetrf.ru / fsvps.gov.ru, "
             "this comes from vetis-rshn.ru on a rented VPS; threat that veterinary certificates (ВСД) can no "
             "longer be issued; credential-harvesting look-alike of the Mercury login.",
             pair=[])
    I = Ids(m.slug)
    t = utc(2026, 11, 17, 10, 4, 38, zone="MSK")
    send(P.vps_postfix, m, I, t, ("ФГИС ВетИС - служба поддержки", "support@vetis-rshn.ru"), [S("mgr_ru")],
         "ФГИС «ВетИС»: учётная запись «Меркурий.ХС» будет заблокирована – подтвердите данные",
         helo="mail.vetis-rshn.ru", rdns="vds%d.timeweb.ru" % I.int(10000, 99999),
         ip="92.53.%d.%d" % (I.int(64, 127), I.int(2, 250)), zone="MSK", hcs="windows-1251", henc="B",
         mid_style="hex", style="roundcube", xmailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")
    link = "https://mercury.vetis-rshn.ru/hs/login?inn=%s&t=%s" % (RU["own_inn"], I.hex(12))
    body = """Федеральная служба по ветеринарному и фитосанитарному надзору
ФГИС «ВетИС» – компонент «Меркурий»

Уважаемый пользователь!

В ходе плановой сверки реестра поднадзорных объектов выявлено несоответствие данных хозяйствующего субъекта:

Хозяйствующий субъект: ООО «Экзампл Вет»
ИНН: %s
Площадка: г. Санкт-Петербург, Московский пр., д. 212

Учётные записи с неподтверждёнными данными блокируются. После блокировки оформление ветеринарных сопроводительных документов (ВСД) и гашение входящих ВСД на площадке будут невозможны.

Для сохранения доступа подтвердите данные учётной записи до 27.11.2026:
%s

Служба технической поддержки ФГИС «ВетИС»
""" % (RU["own_inn"], link)
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="background:#2b5d34;color:#fff;padding:14px 20px"><b>ФГИС «ВетИС»</b> &nbsp;|&nbsp; компонент «Меркурий»</div>
<div style="padding:18px 20px;max-width:620px">
<p>Уважаемый пользователь!</p>
<p>В ходе плановой сверки реестра поднадзорных объектов выявлено несоответствие данных хозяйствующего субъекта:</p>
<p style="background:#f3f3f3;padding:10px">Хозяйствующий субъект: <b>ООО «Экзампл Вет»</b><br>ИНН: %s<br>Площадка: г. Санкт-Петербург, Московский пр., д. 212</p>
<p>Учётные записи с неподтверждёнными данными блокируются. После блокировки оформление ветеринарных сопроводительных документов (ВСД) и гашение входящих ВСД на площадке будут невозможны.</p>
<p><a href="%s" style="background:#2b5d34;color:#fff;padding:9px 18px;text-decoration:none">Подтвердить данные</a></p>
<p style="color:#666">Служба технической поддержки ФГИС «ВетИС»</p></div></body></html>
""" % (RU["own_inn"], link)
    m.body = alt(text(body, "windows-1251", "quoted-printable"), html(h, "windows-1251", "quoted-printable"))
    return m


def a_fns_zip():
    m = Mail("attack", "ru", "tax-office-fns-demand-password-zip",
             "'Межрайонная ИФНС России N 26' sends a 'demand for explanations' on the Q3 VAT return as a "
             "password-protected ZIP (password in the text) containing 'Требование_14-21_48711.pdf.lnk'",
             "The tax service sends demands only via the accredited EDO/TKS operator, never from mail.ru; "
             "ZipCrypto archive hides a Windows shortcut with a double extension (inert placeholder here); "
             "threat of fines and account freezing; old The Bat! client on a compromised mail.ru account.",
             pair=["supplier-reconciliation-act"])
    I = Ids(m.slug)
    t = utc(2026, 10, 28, 9, 17, 52, zone="MSK")
    rc = S("acc_ru")
    n = I.int(10, 60)
    bot = "188.170.%d.%d" % (I.int(1, 250), I.int(1, 250))
    send(P.vps_postfix, m, I, t, ("Межрайонная ИФНС России N 26 по Санкт-Петербургу", "ifns26.otdel2@mail.ru"), [rc],
         "Требование о представлении пояснений N 14-21/48711 (НДС, 3 квартал 2026 г.)",
         helo="smtp%d.i.mail.ru" % n, rdns="smtp%d.i.mail.ru" % n, ip="95.163.41.%d" % (60 + n % 30),
         hops=["by smtp%d.i.mail.ru with esmtpa (envelope-from <ifns26.otdel2@mail.ru>)\r\n\tid 1tZ%s-%s-%s; %s"
               % (n, I.alnum(4), I.alnum(7), I.alnum(2), rfcdate(t, "MSK")),
               "from [%s] (port=%d helo=[192.168.1.34])" % (bot, I.int(49152, 65000))
               + "\r\n\tby smtp%d.i.mail.ru with esmtpa (envelope-from <ifns26.otdel2@mail.ru>)\r\n\tid 1tZ%s-%s-%s; %s"
               % (n, I.alnum(4), I.alnum(7), I.alnum(2), rfcdate(t, "MSK"))][1:],
         zone="MSK", hcs="koi8-r", henc="B", mid_style="hex", style="1c", xmailer="The Bat! (v10.5.3) Professional")
    m.hdrs = [h for h in m.hdrs if h[0] != "Message-ID"]
    from util import local
    m.hdrs.insert(0, ("Message-ID", "<%d.%s@mail.ru>" % (I.int(100000000, 1999999999),
                                                        local(t, "MSK").strftime("%Y%m%d%H%M%S"))))
    m.hdrs.append(("X-Priority", "3 (Normal)"))
    body = """Уважаемый налогоплательщик!

Межрайонная ИФНС России N 26 по Санкт-Петербургу в ходе камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 года выявила противоречия между сведениями, содержащимися в декларации, и сведениями, представленными вашими контрагентами.

На основании п. 3 ст. 88 НК РФ вам необходимо в течение пяти рабочих дней представить пояснения или внести исправления в декларацию.

Требование N 14-21/48711 и перечень расхождений направлены во вложении. В целях защиты налоговой тайны архив защищен паролем: 48711

Непредставление пояснений в установленный срок влечет ответственность по ст. 129.1 НК РФ, а также может служить основанием для приостановления операций по счетам (п. 3 ст. 76 НК РФ).

Отдел камеральных налоговых проверок N 2
Межрайонная ИФНС России N 26 по Санкт-Петербургу
"""
    z = make_zip([("Требование_14-21_48711.pdf.lnk", b"inert placeholder for evaluation set audit64 (no code)\n",
                   (2026, 10, 28, 8, 55, 0))], password="48711", seed=m.slug)
    m.zip_pw = "48711"
    a = att(z, "application/zip", "Требование_14-21_48711.zip", style="2047", cs="koi8-r")
    a.zip_note = "ZipCrypto, password 48711 in body; UTF-8 name `Требование_14-21_48711.pdf.lnk`"
    m.body = mixed(text(body, "koi8-r", "8bit"), a)
    return m


def a_diadoc():
    m = Mail("attack", "ru", "edo-diadoc-lookalike-credential-phish",
             "'Контур.Диадок': a reconciliation act from the real supplier ООО «ЗооВетСнаб» awaits signature; "
             "link to view and sign with Kontur login or e-signature certificate",
             "Look-alike domain diadoc-kontur.ru (real notifications come from kontur.ru / diadoc.ru) on a "
             "cheap VPS; abuses a genuine supplier relationship; login page harvests Kontur credentials.",
             pair=["supplier-reconciliation-act"])
    I = Ids(m.slug)
    t = utc(2026, 11, 6, 11, 42, 17, zone="MSK")
    send(P.vps_postfix, m, I, t, ("Контур.Диадок", "noreply@diadoc-kontur.ru"), [S("acc_ru")],
         "Вам поступил документ от ООО «ЗооВетСнаб»: Акт сверки взаимных расчётов за 9 месяцев 2026 г.",
         helo="mx.diadoc-kontur.ru", rdns="%d-%d-%d-%d.cloudvps.regruhosting.ru" % (31, 31, I.int(196, 199), I.int(2, 250)),
         ip="31.31.%d.%d" % (I.int(196, 199), I.int(2, 250)), zone="MSK", hcs="utf-8", henc="B", mid_style="hex",
         style="sendgrid")
    link = "https://diadoc-kontur.ru/Box/Document?boxId=%s&letterId=%s" % (I.uuid(), I.uuid())
    body = """Здравствуйте!

В Контур.Диадок для организации ООО «Экзампл Вет» поступил документ, требующий подписи.

Отправитель: ООО «ЗооВетСнаб», ИНН %s
Документ: Акт сверки взаимных расчётов за период 01.01.2026 – 30.09.2026
Срок подписания: 3 рабочих дня

Просмотреть и подписать документ:
%s

Для входа используйте логин и пароль Контура или сертификат электронной подписи.

С уважением,
команда Контур.Диадок
""" % (RU["zoovet_inn"], link)
    h = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#f6f6f6">
<table width="600" align="center" style="background:#fff" cellpadding="0" cellspacing="0"><tr><td style="padding:18px 24px;font-size:20px"><b style="color:#e0352b">Контур</b>.Диадок</td></tr>
<tr><td style="padding:0 24px 20px 24px;line-height:21px"><p>Здравствуйте!</p>
<p>В Контур.Диадок для организации <b>ООО «Экзампл Вет»</b> поступил документ, требующий подписи.</p>
<table cellpadding="4" style="font-size:14px"><tr><td style="color:#777">Отправитель</td><td>ООО «ЗооВетСнаб», ИНН %s</td></tr>
<tr><td style="color:#777">Документ</td><td>Акт сверки взаимных расчётов за период 01.01.2026 – 30.09.2026</td></tr>
<tr><td style="color:#777">Срок подписания</td><td>3 рабочих дня</td></tr></table>
<p><a href="%s" style="background:#1f87e8;color:#fff;padding:10px 20px;text-decoration:none;border-radius:3px">Просмотреть и подписать</a></p>
<p style="color:#777;font-size:12px">Для входа используйте логин и пароль Контура или сертификат электронной подписи.</p>
<p>С уважением,<br>команда Контур.Диадок</p></td></tr></table></body></html>
""" % (RU["zoovet_inn"], link)
    m.body = alt(text(body, "utf-8", "base64"), html(h, "utf-8", "base64"))
    return m


def a_requisites():
    m = Mail("attack", "ru", "supplier-requisites-change-lookalike-yandex360",
             "'Ирина Смирнова' of ООО «ЗооВетСнаб» announces new bank requisites (AK BARS Bank, Kazan) from "
             "1 December and asks that invoices 2611 and 2644 (RUB 684,350.00) already be paid there",
             "Look-alike domain zoovetsnab.com (genuine: zoovetsnab.ru) hosted on Yandex 360; a Moscow supplier "
             "suddenly banking in Kazan; key-account manager instead of accounting; 'official letter will come "
             "via EDO later'; requests confirmation. Account and BIK are formally valid (control key checks).",
             pair=["supplier-invoice"])
    I = Ids(m.slug)
    t = utc(2026, 11, 25, 12, 33, 6, zone="MSK")
    send(P.yandex, m, I, t, ("Ирина Смирнова", "i.smirnova@zoovetsnab.com"), [S("acc_ru")],
         "Изменение банковских реквизитов ООО «ЗооВетСнаб» с 01.12.2026",
         client_ip="176.59.%d.%d" % (I.int(1, 250), I.int(1, 250)))
    body = """Ольга, добрый день!

Информирую вас, что с 1 декабря 2026 г. в связи с переводом расчётного обслуживания ООО «ЗооВетСнаб» меняет банковские реквизиты. Просим все платежи, начиная с оплаты счетов № 2611 и № 2644 (итого 684 350,00 руб.), перечислять по новым реквизитам:

Получатель: ООО «ЗооВетСнаб»
ИНН %s / КПП %s
Р/с %s
Банк: ПАО «АК БАРС» БАНК, г. Казань
БИК %s
К/с %s

Счёт в АО «Альфа-Банк» будет закрыт 30.11.2026, платежи на старые реквизиты будут возвращены. Официальное письмо за подписью генерального директора направим через ЭДО на этой неделе.

Просьба подтвердить получение и внесение изменений ответным письмом.

--
С уважением,
Ирина Смирнова
менеджер по работе с ключевыми клиентами
ООО «ЗооВетСнаб»
""" % (RU["zoovet_inn"], RU["zoovet_kpp"], RU["att_rs"], RU["att_bik"], RU["att_ks"])
    h = "<div>" + "</div><div>".join(esc(l) if l else "&nbsp;" for l in body.split("\n")) + "</div>"
    m.body = alt(text(body, "utf-8", "base64"), html(h, "utf-8", "base64"))
    return m


MESSAGES = [a_vetis, a_fns_zip, a_diadoc, a_requisites]
