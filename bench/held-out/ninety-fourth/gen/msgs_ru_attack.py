"""Attack messages 37-40 (Russian)."""

import infra as I
import data as D
from compose import Mail, alt, text, html, mixed, att_zip, att_text
from world import S

MAILS = []


def add(**kw):
    MAILS.append(Mail(lang="ru", folder="attack", **kw))


# 37 ------------------------------------------------------------------------
add(n=37, slug="akt-sverki-protected-archive",
    via=I.mailru, via_kw=dict(client_ip="176.59.42.118"),
    frm=("Бухгалтерия ООО «СтройРесурс»", "buh@stroyresurs-spb.ru"), to=[S("ru_acc")], hcs="utf-8", henc="B",
    subject="Акт сверки взаиморасчетов за 9 месяцев 2026 г.", date=(2026, 10, 16, 11, 24, 9), zone="RU",
    body=mixed(alt("""Добрый день!

Направляем Вам акт сверки взаиморасчетов за период с 01.01.2026 по 30.09.2026.
По нашим данным за Вами числится задолженность в размере 147 318,40 руб.

Просим проверить, подписать и вернуть скан-копию в течение 5 рабочих дней. В случае расхождений просим направить Ваш вариант акта.

Архив защищен паролем: 2026

С уважением,
главный бухгалтер
ООО «СтройРесурс»
Петрова Наталья Викторовна
тел. +7 (812) 407-18-32""", cs="utf-8", cte="base64", style="web"),
               att_zip("Акт_сверки_01.01.2026-30.09.2026.zip", [
                   ("Акт сверки 9 мес 2026.pdf.exe", "inert placeholder\n"),
                   ("Реквизиты.docx.lnk", "inert placeholder\n")], password="2026", dt=(2026, 10, 16, 11, 10, 0))),
    what="'Akt sverki' (reconciliation statement) lure with a password-protected ZIP holding a .pdf.exe and a .docx.lnk",
    why="No business relationship with StroyResurs; the reconciliation-act pretext is the most common malware lure "
        "against Russian accountants; encrypted archive with the password in the body defeats scanning; executables "
        "disguised with double extensions; invented debt to provoke opening.")

# 38 ------------------------------------------------------------------------
fns_html = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="windows-1251"><title>Личный кабинет налогоплательщика юридического лица</title>
<style>body{font-family:Arial,sans-serif;background:#eef2f6;margin:0}.h{background:#0c4da2;color:#fff;padding:14px 22px}
.f{width:440px;margin:50px auto;background:#fff;padding:26px;border-radius:4px}
input{width:100%;padding:8px;margin:6px 0 12px}button{background:#0d4cd3;color:#fff;border:0;padding:10px 18px}</style></head>
<body><div class="h">ФНС России · Личный кабинет юридического лица</div>
<div class="f"><h3>Требование № 08-17/41873</h3>
<p style="font-size:13px">Для просмотра требования выполните вход через учетную запись Госуслуг руководителя или уполномоченного лица.</p>
<form method="post" action="https://lkul-nalog-gov.ru/auth/esia.php">
<input type="hidden" name="doc" value="08-17/41873">
Телефон, почта или СНИЛС<input name="login" type="text">
Пароль<input name="password" type="password">
<button type="submit">Войти через Госуслуги</button></form></div></body></html>
"""
add(n=38, slug="fns-demand-html-login",
    via=I.vps_postfix, via_kw=dict(helo="mail.lkul-nalog-gov.ru", rdns="vm1284557.firstbyte.club", ip="185.246.90.44",
                                   client_desc="localhost (localhost [127.0.0.1])", mid_style="phpmailer", order="esp",
                                   bstyle="phpmailer", mua=["X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"]),
    frm=("ФНС России", "trebovanie@lkul-nalog-gov.ru"), to=[S("ru_acc")], hcs="windows-1251", henc="B",
    subject="Требование о представлении пояснений № 08-17/41873 (НДС, 3 квартал 2026 г.)",
    date=(2026, 11, 6, 10, 2, 26), zone="RU",
    body=mixed(text("""Уважаемый налогоплательщик!

В ходе камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 года выявлены противоречия между сведениями об операциях, содержащимися в декларации, и сведениями, представленными Вашими контрагентами.

В соответствии с пунктом 3 статьи 88 Налогового кодекса Российской Федерации Вам необходимо в течение пяти рабочих дней представить пояснения или внести соответствующие исправления.

Требование № 08-17/41873 и перечень расхождений приложены к настоящему письму. Для просмотра требования откройте вложение и выполните вход в личный кабинет.

Непредставление пояснений в установленный срок влечет ответственность по статье 129.1 НК РФ и может повлечь приостановление операций по счетам.

Межрайонная ИФНС России по Санкт-Петербургу""", cs="windows-1251", cte="8bit"),
               att_text("text/html", "Требование_08-17_41873.html", fns_html, cs="windows-1251", cte="base64",
                        note="HTML 'LK UL' login form asking for Gosuslugi login/password, posting to lkul-nalog-gov.ru; no script")),
    what="Tax-office phishing with an HTML attachment: fake FNS demand for VAT explanations; the attachment is a "
         "Gosuslugi login form",
    why="FNS demands arrive via the EDI operator (TKS) or the taxpayer's personal account, never as e-mail attachments; "
        "look-alike lkul-nalog-gov.ru on a VPS with PHPMailer; form posts Gosuslugi credentials (access to the "
        "company's tax account and e-signature workflows); legal deadline and threat of frozen accounts.")

# 39 ------------------------------------------------------------------------
sber = "https://sbi-sberbusiness.online/ic/dcb/115fz?client=EG-SPB-7841&doc=zapros-0931"
add(n=39, slug="sberbusiness-115fz-phishing",
    via=I.mailgun, via_kw=dict(mg_dom="mg.sbi-sberbusiness.online"),
    frm=("СберБизнес", "uvedomleniya@sbi-sberbusiness.online"), to=[S("ru_mgr")], hcs="koi8-r", henc="B",
    subject="СберБизнес: ограничение операций по счету, требуется подтверждение документов",
    date=(2026, 11, 18, 9, 5, 41), zone="RU",
    body=alt("""Уважаемый клиент!

В рамках исполнения требований Федерального закона N 115-ФЗ "О противодействии легализации (отмыванию) доходов, полученных преступным путем" Банк направил Вам запрос на предоставление документов по операциям за октябрь 2026 года.

До предоставления документов дистанционное банковское обслуживание по счету %s частично ограничено: платежные поручения в пользу третьих лиц не исполняются.

Срок предоставления документов: до 20.11.2026.

Ознакомиться с запросом и загрузить документы можно в интернет-банке:

[[Войти в СберБизнес|%s]]

С уважением,
ПАО Сбербанк
СберБизнес""" % ("40702810*****" + D.EG_RU_ACC[-7:], sber), cs="koi8-r", cte="quoted-printable", style="news"),
    what="Banking phishing: fake 'SberBusiness' notice that payments are blocked under anti-money-laundering law 115-FZ "
         "until documents are uploaded",
    why="Look-alike sbi-sberbusiness.online via Mailgun (real service: sbi.sberbank.ru); partial account number for "
        "credibility; the fear of a 115-FZ block is a standard Russian lure; the login page harvests SberBusiness "
        "credentials and SMS codes.")

# 40 ------------------------------------------------------------------------
add(n=40, slug="customer-bank-details-lookalike-freemail",
    via=I.yandex, frm=("Бухгалтерия Память", "buh-pamyat@yandex.ru"), to=[S("ru_acc")], hcs="utf-8", henc="B",
    subject="Изменение банковских реквизитов ООО «Ритуальная служба Память»", date=(2026, 12, 8, 14, 31, 50),
    zone="RU",
    body=alt("""Добрый день, Ольга!

Информируем Вас, что в связи с закрытием расчетного счета в ПАО Сбербанк с 09.12.2026 ООО «Ритуальная служба Память» переходит на обслуживание в другой банк. Просим все платежи, в том числе возврат переплаты по договору № 14/2025 от 10.01.2025 (86 400,00 руб.), направлять по новым реквизитам:

Получатель: ООО «Ритуальная служба Память»
ИНН %s
Р/с %s
Банк: АО «АЛЬФА-БАНК», г. Москва
БИК %s
К/с %s

Платежи на прежний счет с 09.12.2026 приниматься не будут. Оригинал письма за подписью генерального директора направим почтой.

Просим подтвердить получение ответным письмом.

С уважением,
бухгалтерия ООО «Ритуальная служба Память»""" % (D.RU_FAKE_INN, D.RU_FAKE_ACC, D.RU_FAKE_BIK, D.RU_FAKE_KS),
             cs="utf-8", cte="quoted-printable", style="web"),
    what="Customer/partner BEC: look-alike Yandex address buh-pamyat@yandex.ru (real: buh.pamyat@yandex.ru) announces new "
         "bank details and asks for a refund of an 'overpayment' to a Moscow bank",
    why="One-character look-alike of the partner's real mailbox; the INN in the new details differs from Pamyat's real "
        "INN (the account belongs to another company), bank in Moscow for a St Petersburg firm, 'refund of overpayment' "
        "that does not exist, urgency with a cut-off date; original 'by post later'.")
