"""Russian attack messages (4)."""

import random

import ids
import org
import zipc
from core import mail, Text, Bin, Multi
from infra import Client, Hosted, ESP, hash_seed
from mime import HStyle
from org import NATIVE, A

U = HStyle("utf-8", "B")
INN_EG = ids.ru_inn10("780542619")
INN_MD = ids.ru_inn10("781014273")

# Bank of the look-alike "refund" account (fictitious bank name, valid BIK key)
BIK_FAKE = "044525974"
ACC_FAKE = ids.ru_account(BIK_FAKE, "40702810X00000218834")


def koi8_clean(s):
    """What a KOI8-R mail client user actually types (no №, «», —)."""
    for a, b in (("№", "N"), ("«", '"'), ("»", '"'), ("—", "-"), ("–", "-")):
        s = s.replace(a, b)
    s.encode("koi8-r")
    return s


# 37 ---------------------------------------------------------------------
def fns_zip():
    rng = random.Random(hash_seed("fns-zip"))
    z = zipc.make_zip([("Требование_15-14_8817.pdf.exe", b"placeholder - inert test file, no code\n")],
                      rng, password="8817", when=(2026, 11, 10, 9, 2, 30))
    body = """Межрайонная инспекция Федеральной налоговой службы № 26 по Санкт-Петербургу

ООО «Экзампл Груп Рус»
ИНН %s

Уважаемый налогоплательщик!

В соответствии с пунктом 3 статьи 88 Налогового кодекса Российской Федерации в ходе камеральной налоговой проверки декларации по налогу на добавленную стоимость за 3 квартал 2026 года выявлены расхождения между сведениями об операциях, отражёнными в Вашей декларации и в декларациях контрагентов.

Вам необходимо в течение пяти рабочих дней со дня получения настоящего требования представить пояснения или внести исправления в налоговую декларацию. Непредставление пояснений влечёт ответственность по статье 129.1 НК РФ.

Требование № 15-14/8817 от 10.11.2026 и перечень расхождений направлены во вложении в защищённом архиве.
Пароль для открытия архива: 8817

Начальник отдела камеральных проверок № 2
советник государственной гражданской службы РФ 2 класса
Е. В. Малышева
""" % INN_EG
    route = Hosted("mail.nalog-uvedomlenie.ru", "v2271934.hosted-by-vdsina.com", "45.87.153.61",
                   mta="postfix", origin=("localhost", "localhost", "127.0.0.1"),
                   by="mail.nalog-uvedomlenie.ru", zone="MSK")
    cl = Client("generic", domain="nalog-uvedomlenie.ru", hstyle=HStyle("windows-1251", "B"))
    return mail(kind="attack", lang="ru", slug="fns-trebovanie-zip-parol",
                t="2026-11-10 07:14:08", rcpt=A("ru_acc"), route=route, client=cl, date_zone="MSK",
                frm=("Межрайонная ИФНС России № 26 по Санкт-Петербургу", "uvedomlenie@nalog-uvedomlenie.ru"),
                to=[NATIVE["ru_acc"]],
                subject="Требование о представлении пояснений № 15-14/8817 от 10.11.2026",
                body=Multi("mixed", [Text(body, charset="windows-1251", cte="base64"),
                                     Bin(z, "application/zip", "Требование_15-14_8817.zip",
                                         name_style="2047", hcs="windows-1251")]),
                zip_password="8817",
                what="Malspam impersonating the Federal Tax Service: VAT 'requirement for explanations' in a "
                     "password-protected ZIP containing an executable disguised as PDF (placeholder).",
                why="The FNS sends requirements via the operator's electronic channels (ТКС/ЭДО), not by "
                    "e-mail with archives; look-alike domain on a VDSina VPS; password in the body to defeat "
                    "scanning; .pdf.exe double extension; Article 129.1 penalty threat.")


# 38 ---------------------------------------------------------------------
def refund_overpayment():
    body = """Добрый день, Ольга!

При сверке расчётов за октябрь мы обнаружили, что счёт № 1187 от 02.10.2026 на сумму 1 286 400,00 руб. (в т.ч. НДС 20%%) был оплачен нами дважды — платёжными поручениями № 4417 от 08.10.2026 и № 4452 от 12.10.2026.

Просим вернуть излишне перечисленную сумму 1 286 400,00 руб. Обратите внимание: с 1 ноября у нас сменился расчётный счёт, старый счёт закрыт, поэтому возврат просим произвести по новым реквизитам:

Получатель: ООО «Мебельный дом Северо-Запад»
ИНН %s / КПП 781001001
Р/с %s
Банк: АО «КБ Северный Альянс», г. Москва
БИК %s
К/с %s

Назначение платежа: «Возврат излишне перечисленных денежных средств по сч. № 1187 от 02.10.2026, НДС не облагается».

Письмо на фирменном бланке с подписью генерального директора направим оригиналом почтой. Просим произвести возврат до конца недели, так как у нас закрытие квартала по бюджету.

С уважением,
Ирина Волкова
главный бухгалтер
ООО «Мебельный дом Северо-Запад»
тел. +7 (812) 407-18-36
""" % (INN_MD, ACC_FAKE, BIK_FAKE, ids.ru_corr_account(BIK_FAKE))
    body = koi8_clean(body)
    route = Hosted("mail.mebeldorn-sz.ru", "vds-1187203.timeweb.cloud", "92.53.116.204", mta="postfix",
                   origin=("[192.168.0.102]", "unknown", "178.176.72.19"), by="mail.mebeldorn-sz.ru",
                   zone="MSK")
    cl = Client("outlook", domain="mebeldorn-sz.ru", hstyle=HStyle("koi8-r", "B", quote_names=True),
                mailer="Microsoft Outlook 16.0")
    return mail(kind="attack", lang="ru", slug="vozvrat-pereplaty-novye-rekvizity",
                t="2026-11-12 11:31:47", rcpt=A("ru_acc"), route=route, client=cl, date_zone="MSK",
                frm=("Ирина Волкова", "i.volkova@mebeldorn-sz.ru"), to=[NATIVE["ru_acc"]],
                subject="Возврат переплаты по счёту № 1187 — новые реквизиты",
                body=Multi("alternative", [
                    Text(body, charset="koi8-r", cte="quoted-printable"),
                    Text(org.to_html_outlook(body, lang="RU"), "html", charset="koi8-r", cte="quoted-printable")]),
                what="Customer-impersonation 'overpayment refund' fraud: asks to refund RUB 1,286,400 "
                     "allegedly paid twice, to a 'new' settlement account at another bank.",
                why="Homoglyph domain mebeldorn-sz.ru ('rn' for 'm'; real: mebeldom-sz.ru on Yandex 360) on a "
                    "Timeweb VPS; no double payment exists in the reconciliation (business 37); refund to an "
                    "account different from the payer's; urgency and 'letter to follow by post'.")


# 39 ---------------------------------------------------------------------
def yandex_phish():
    link = "https://id.yandex.ru.passport-secure-check.com/auth/verify?track=7f31c9e0a2&login=dmitry.sokolov"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'YS Text',Arial,sans-serif;font-size:15px;color:#000;background:#fff">
<table width="560" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 0;font-size:22px"><b><span style="color:#fc3f1d">Я</span>ндекс ID</b></td></tr>
<tr><td>
<p style="font-size:20px"><b>Вход в аккаунт с нового устройства</b></p>
<p>Здравствуйте, Дмитрий!</p>
<p>В ваш аккаунт <b>dmitry.sokolov@example.com</b> выполнен вход:</p>
<p style="background:#f5f5f5;padding:12px">Устройство: Windows 11, Яндекс Браузер<br>Местоположение: Казань, Россия<br>
IP-адрес: 95.26.144.87<br>Время: 18 ноября 2026, 02:14 (МСК)</p>
<p>Если это были не вы, ваш аккаунт может быть взломан. Срочно смените пароль и завершите все сеансы —
иначе доступ к Почте, Диску и Яндекс Бизнесу будет ограничен через 12 часов.</p>
<p><a href="%s" style="background:#fc3f1d;color:#fff;padding:12px 24px;border-radius:8px;text-decoration:none">Это был не я</a></p>
<p style="color:#999;font-size:13px">С заботой о безопасности,<br>команда Яндекс ID</p></td></tr></table></body></html>
""" % link
    txt = """Вход в аккаунт с нового устройства

Здравствуйте, Дмитрий!

В ваш аккаунт dmitry.sokolov@example.com выполнен вход:
Устройство: Windows 11, Яндекс Браузер
Местоположение: Казань, Россия
IP-адрес: 95.26.144.87
Время: 18 ноября 2026, 02:14 (МСК)

Если это были не вы, срочно смените пароль и завершите все сеансы — иначе доступ к Почте, Диску и Яндекс Бизнесу будет ограничен через 12 часов.

Это был не я: %s

С заботой о безопасности,
команда Яндекс ID
""" % link
    route = ESP("ses", zone="UTC")
    cl = Client("ses", hstyle=U)
    return mail(kind="attack", lang="ru", slug="yandex-id-vhod-fishing-ses",
                t="2026-11-18 07:40:22", rcpt=A("ru_mgr"), route=route, client=cl,
                env_from="0102019b7f3a1e20-8c2f14de-55a0-4b61-9e7d-31c0b2a9f6e5-000000@eu-west-1.amazonses.com",
                frm=("Яндекс ID", "no-reply@yandex-id-security.com"), to=[("", A("ru_mgr"))],
                subject="Вход в аккаунт с нового устройства",
                body=Multi("alternative", [Text(txt, charset="utf-8", cte="base64"),
                                           Text(html, "html", charset="utf-8", cte="base64")]),
                what="Credential phishing mimicking a Yandex ID new-sign-in alert; 'It wasn't me' leads to a "
                     "fake Yandex password page.",
                why="Genuine Yandex alerts come from noreply@id.yandex.ru via Yandex's own mail servers "
                    "(business 38); this one is Amazon SES with yandex-id-security.com and a link host "
                    "that only begins with 'id.yandex.ru.'; 12-hour restriction threat.")


# 40 ---------------------------------------------------------------------
def diadok():
    link = "https://diadoc-kontur.online/Box/7c91e3/Document/Show?letterId=3f2a9d1e&entityId=UPD-2041"
    txt = """Контур.Диадок

Вам поступил документ, требующий подписи

Отправитель: ООО «ЛесТоргСнаб»
Получатель: ООО «Экзампл Груп Рус», ИНН %s
Документ: УПД № 2041 от 12.11.2026 (счёт-фактура и передаточный документ)
Сумма: 742 380,00 руб., в т.ч. НДС 20%%

Срок подписания: 3 рабочих дня. При отсутствии подписи или мотивированного отказа документ будет считаться принятым.

Открыть документ: %s

Это автоматическое уведомление. Чтобы отказаться от уведомлений, измените настройки в разделе «Профиль».
АО «ПФ «СКБ Контур»
""" % (INN_EG, link)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="padding:14px 0;font-size:20px;color:#1e88e5"><b>Контур.Диадок</b></div>
<p style="font-size:17px"><b>Вам поступил документ, требующий подписи</b></p>
<table style="font-size:14px"><tr><td style="color:#777">Отправитель:</td><td>ООО «ЛесТоргСнаб»</td></tr>
<tr><td style="color:#777">Получатель:</td><td>ООО «Экзампл Груп Рус», ИНН %s</td></tr>
<tr><td style="color:#777">Документ:</td><td>УПД № 2041 от 12.11.2026</td></tr>
<tr><td style="color:#777">Сумма:</td><td>742 380,00 руб., в т.ч. НДС 20%%</td></tr></table>
<p>Срок подписания: 3 рабочих дня. При отсутствии подписи или мотивированного отказа документ будет считаться принятым.</p>
<p><a href="%s" style="background:#1e88e5;color:#fff;padding:10px 22px;text-decoration:none;border-radius:3px">Открыть документ</a></p>
<p style="font-size:12px;color:#888">Это автоматическое уведомление.<br>АО «ПФ «СКБ Контур»</p></body></html>
""" % (INN_EG, link)
    route = Hosted("smtp.beget.com", "smtp.beget.com", "5.101.152.32", mta="exim",
                   origin=("lestorg", "", ""), by="smtp.beget.com", zone="MSK")
    cl = Client("phpmailer", domain="stroykomplekt-vyborg.ru", hstyle=U,
                mailer="PHPMailer 6.5.0 (https://github.com/PHPMailer/PHPMailer)")
    return mail(kind="attack", lang="ru", slug="diadok-upd-podpis-fishing",
                t="2026-11-13 10:09:51", rcpt=A("ru_acc"), route=route, client=cl, date_zone="MSK",
                env_from="lestorg@smtp.beget.com",
                frm=("Контур.Диадок", "noreply@diadoc-kontur.online"), to=[("", A("ru_acc"))],
                subject="Вам поступил документ на подпись: УПД № 2041 от ООО «ЛесТоргСнаб»",
                extra=[("X-PHP-Originating-Script", "1044:mailer.php")],
                body=Multi("alternative", [Text(txt, charset="utf-8", cte="quoted-printable"),
                                           Text(html, "html", charset="utf-8", cte="quoted-printable")]),
                what="EDI phishing: fake Kontur.Diadok notice of an unsigned UPD from an unknown supplier; the "
                     "link leads to a fake Diadok login (certificate/password theft).",
                why="Real Diadok notices come from diadoc.ru/kontur.ru infrastructure (business 40); this one "
                    "is a PHP script on Beget shared hosting with look-alike diadoc-kontur.online; unknown "
                    "counterparty, 'deemed accepted' pressure.")


MESSAGES = [fns_zip, refund_overpayment, yandex_phish, diadok]
