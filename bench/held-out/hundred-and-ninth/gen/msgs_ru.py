"""Russian messages: business 37-40, attacks 37-40."""
from registry import attack, business
from compose import compose, REGISTRY
from util import local_utc as L, rng, alnum, hexs
from world import S, RU
import senders as X
import assets as AS

OLGA = ("Ольга Кузнецова", S("acc_mow")[1])
DMITRY = ("Дмитрий Соколов", S("mgr_mow")[1])


# ====================================================================== business

@business(37, "ru", "buhgalter-trebovanie-fns-cherez-sbis",
          what="The Moscow office's outsourced accountant (Yandex Mail) reports that a tax-office request for explanations on VAT arrived via the SBIS e-filing operator and that she will answer it there.",
          why="Known accountant on her usual Yandex mailbox via Yandex's own infrastructure; the request arrived through the official telecom channel (SBIS), she answers it there; no attachment, link or archive.",
          pair="attack 37")
def b37():
    t = L("MSK", 2026, 11, 12, 11, 3, 27)
    text = """Ольга, добрый день!

Через СБИС пришло требование ФНС № 28107 о представлении пояснений по НДС за 3 квартал - расхождения по двум счетам-фактурам ООО «СтройПроект» (у них, похоже, опечатка в КПП в книге продаж). Квитанцию о приёме я уже отправила.

Пояснения подготовила, отправлю через СБИС в четверг, срок у нас до 20 ноября. Попросите, пожалуйста, у СтройПроекта подтверждение, что они подают уточнённую декларацию, - можно просто письмом на вашу почту, я приложу к ответу.

Ирина"""
    return compose(X.yandex(), ("Ирина Белова", "irina.belova@yandex.ru"), [OLGA],
                   "Требование ФНС № 28107 - пояснения по НДС за 3 кв.", t, text, name="b37")


@business(38, "ru", "stroyproekt-schet-rekvizity-bez-izmeneniy",
          what="Survey subcontractor StroyProekt's accounts department sends invoice No. 418 for engineering surveys with its unchanged Sberbank payment details.",
          why="Genuine stroyproekt-msk.ru on Yandex 360 with Outlook; contract and project referenced, payment details explicitly 'unchanged', valid settlement account / BIK / correspondent account; originals via Diadoc.",
          pair="attack 38")
def b38():
    t = L("MSK", 2026, 11, 2, 15, 37, 9)
    text = """Добрый день!

Направляем счёт № 418 от 02.11.2026 за инженерно-геодезические изыскания по объекту ЖК «Северный парк» (этап 2) по договору № СП-26/044 от 15.06.2026.

Сумма к оплате: 1 464 000,00 руб., в том числе НДС 22%% - 264 000,00 руб.
Срок оплаты: 5 банковских дней.

Реквизиты для оплаты (без изменений):
Получатель: ООО «СтройПроект»
ИНН %s / КПП %s
Р/с %s
Банк: %s, г. Москва
БИК %s
К/с %s

Оригиналы документов направим через Диадок после подписания акта.

С уважением,
Наталья Егорова
Главный бухгалтер ООО «СтройПроект»
тел. +7 495 741-18-32""" % (RU["stroy_inn"], RU["stroy_kpp"], RU["stroy_rs"], RU["sber_name"], RU["sber_bik"],
                              RU["sber_ks"])
    return compose(X.stroyproekt(charset="windows-1251"), ("Бухгалтерия ООО СтройПроект", "buh@stroyproekt-msk.ru"),
                   [OLGA], "Счёт № 418 от 02.11.2026 - изыскания ЖК «Северный парк», этап 2", t, text, name="b38")


@business(39, "ru", "yandex-id-novyy-vkhod",
          what="Genuine Yandex ID notice of a new sign-in (Yandex Browser, Moscow) on the Moscow office manager's Yandex account.",
          why="Sent by Yandex's own forward*.mail.yandex.net relays from id.yandex.ru; informational, plausible location and device, link only to id.yandex.ru.",
          pair="attack 39")
def b39():
    t = L("MSK", 2026, 11, 16, 9, 14, 40)
    text = """Здравствуйте, Дмитрий!

Выполнен вход в ваш аккаунт dmitry.sokolov@examplegroup.eu с нового устройства.

Когда: 16 ноября 2026 в 09:14 (МСК)
Устройство: Яндекс Браузер, Windows
Где: Москва, Россия

Если это были вы, ничего делать не нужно.
Если нет - смените пароль в настройках безопасности: https://id.yandex.ru/security

С заботой о вашей безопасности,
команда Яндекс ID

Это письмо отправлено автоматически, отвечать на него не нужно.
© 2026 ООО «ЯНДЕКС»"""
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f5f5f5">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'YS Text',Arial,sans-serif;font-size:15px;color:#000">
<tr><td style="padding:28px 32px 8px 32px;font-size:24px;font-weight:bold">Яндекс ID</td></tr>
<tr><td style="padding:8px 32px;line-height:22px"><p>Здравствуйте, Дмитрий!</p>
<p>Выполнен вход в ваш аккаунт <b>dmitry.sokolov@examplegroup.eu</b> с нового устройства.</p>
<p>Когда: 16 ноября 2026 в 09:14 (МСК)<br>Устройство: Яндекс Браузер, Windows<br>Где: Москва, Россия</p>
<p>Если это были вы, ничего делать не нужно.<br>Если нет &mdash; <a href="https://id.yandex.ru/security" style="color:#04b">смените пароль</a> в настройках безопасности.</p>
<p>С заботой о вашей безопасности,<br>команда Яндекс ID</p></td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#999">Это письмо отправлено автоматически, отвечать на него не нужно.<br>&copy; 2026 ООО &laquo;ЯНДЕКС&raquo;</td></tr>
</table></body></html>
"""
    return compose(X.yandex_id(), ("Яндекс ID", "noreply@id.yandex.ru"), [(None, S("mgr_mow")[1])],
                   "Новый вход в аккаунт", t, text, html, name="b39", env_from="noreply@id.yandex.ru")


@business(40, "ru", "stroyproekt-upd-cherez-diadok",
          what="The subcontractor's project manager tells the Moscow accountant that the UPD and acceptance act were sent via Diadoc and asks her to sign them in her usual Diadoc account.",
          why="Genuine contact on stroyproekt-msk.ru via Yandex 360 with Outlook; explicitly says no links are sent by e-mail and documents are in the usual diadoc.ru account.",
          pair="attack 40")
def b40():
    t = L("MSK", 2026, 11, 17, 12, 20, 35)
    text = """Ольга, добрый день.

Сегодня отправили вам через Диадок УПД N 418 от 02.11.2026 и акт по этапу 2 (изыскания ЖК "Северный парк"). Подпишите, пожалуйста, до пятницы - нам нужно закрыть ноябрь.

Ссылок по почте мы не присылаем, документы ждут вас как обычно в вашем кабинете на diadoc.ru.

Спасибо!

--
Андрей Волков
Руководитель проектов
ООО "СтройПроект"
+7 495 741-18-30, доб. 214"""
    return compose(X.stroyproekt(charset="koi8-r"), ("Андрей Волков", "a.volkov@stroyproekt-msk.ru"), [OLGA],
                   "УПД N 418 отправлен через Диадок", t, text, name="b40")


# ====================================================================== attacks

@attack(37, "ru", "fns-trebovanie-arkhiv-parol",
        what="Fake tax-office (FNS) request for explanations on VAT with the 'requirement' in a password-protected ZIP (password 2846) containing a .pdf.exe; sent from a compromised Russian company's mailbox.",
        why="The FNS sends requirements through accredited e-filing operators (SBIS/Kontur), never as e-mail archives; sender is an unrelated compromised firm's address, password-protected archive with a double-extension executable, account-freeze threat. Placeholder inert (contrast business 37).",
        technique="Malware delivery - password-protected archive (tax-office lure)", infra="compromised company mailbox on Russian shared hosting (Exim, SMTP AUTH)",
        pair="business 37")
def a37():
    t = L("MSK", 2026, 11, 10, 9, 17, 33)
    text = """Уважаемый налогоплательщик!

Межрайонной ИФНС России № 46 по г. Москве в ходе камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 года выявлены расхождения между сведениями о покупках и сведениями контрагентов (ИНН %s, КПП %s).

В соответствии с п. 3 ст. 88 НК РФ Вам необходимо в течение пяти рабочих дней со дня получения настоящего требования представить пояснения или внести исправления в налоговую декларацию.

Непредставление пояснений в установленный срок влечёт ответственность по ст. 129.1 НК РФ и может являться основанием для приостановления операций по счетам (п. 3 ст. 76 НК РФ).

Требование № 28491 от 09.11.2026 и перечень расхождений направляются во вложении. В целях соблюдения налоговой тайны архив защищён паролем: 2846

Начальник отдела камеральных проверок
Межрайонная ИФНС России № 46 по г. Москве""" % (RU["eg_inn"], RU["eg_kpp"])
    z = AS.zip_placeholder("Требование_№28491_от_09.11.2026.pdf.exe", password="2846", seed="a37",
                           date_time=(2026, 11, 10, 9, 2, 48))
    p = X.cpanel("vh318.spaceweb-hosting.ru", "77.222.40.118", sender_ip="45.155.205.91",
                 auth_user="buhgalter@ooo-teplomontazh.ru", mailer=None, zone="MSK", charset="windows-1251",
                 cte="8bit", html_style=None, sender_helo="DESKTOP-B7Q2M0F")
    return compose(p, ("Межрайонная ИФНС России № 46 по г. Москве", "buhgalter@ooo-teplomontazh.ru"), [OLGA],
                   "Требование о представлении пояснений № 28491 от 09.11.2026", t, text, name="a37",
                   text_only=True, attachments=[("Trebovanie_28491.zip", "application/x-zip-compressed", z)])


@attack(38, "ru", "stroyproekt-smena-rekvizitov-lookalike",
        what="Subcontractor bank-detail change: 'Бухгалтерия ООО СтройПроект' from stroiproekt-msk.ru (real: stroyproekt-msk.ru) announces new Alfa-Bank details and asks to pay invoice No. 418 (1,464,000 RUB) there by 13.11.",
        why="Look-alike domain (i instead of y) on a VPS without rDNS; old Sberbank account 'closing', payments 'will be returned', pay the specific open invoice to the new account and confirm by reply - BEC. The new account number passes the BIK control key (as real mule accounts do); genuine details are unchanged (business 38).",
        technique="BEC - supplier bank-detail change (look-alike domain)", infra="look-alike domain on VPS (no rDNS, Outlook-style headers)",
        pair="business 38")
def a38():
    t = L("MSK", 2026, 11, 10, 16, 2, 50)
    text = """Уважаемые партнёры!

Сообщаем об изменении банковских реквизитов ООО "СтройПроект" в связи с переводом расчётного обслуживания. С 10.11.2026 просим производить все платежи только по новым реквизитам:

Получатель: ООО "СтройПроект"
ИНН %s / КПП %s
Р/с %s
Банк: АО "АЛЬФА-БАНК", г. Москва
БИК %s
К/с %s

Счёт в ПАО Сбербанк закрывается, платежи на старые реквизиты будут возвращены.

Оплату по счёту N 418 от 02.11.2026 на сумму 1 464 000,00 руб. (в т.ч. НДС 22%% - 264 000,00 руб.) просим произвести по новым реквизитам до 13.11.2026. Письмо за подписью генерального директора направим оригиналом почтой.

Просим подтвердить получение ответным письмом.

С уважением,
Главный бухгалтер
Н. В. Егорова
ООО "СтройПроект\"""" % (RU["stroy_inn"], RU["stroy_kpp"], RU["fake_rs"], RU["alfa_bik"], RU["alfa_ks"])
    p = X.vps("mail.stroiproekt-msk.ru", "77.91.84.153", rdns="unknown", charset="koi8-r", lang="ru", zone="MSK")
    return compose(p, ("Бухгалтерия ООО СтройПроект", "buh@stroiproekt-msk.ru"), [OLGA],
                   "Изменение банковских реквизитов ООО СтройПроект", t, text, name="a38")


@attack(39, "ru", "yandex-id-fishing-vkhod",
        what="Yandex ID credential phishing: 'new sign-in from Amsterdam' alert with a 'It wasn't me - protect account' button leading to a look-alike passport domain.",
        why="Yandex branding from a non-Yandex domain on a VPS (PHPMailer), alarming foreign sign-in, call to action goes to passport-yandex.id-check.ru, not id.yandex.ru - credential phishing (contrast the genuine notice in business 39).",
        technique="Credential phishing - fake sign-in alert (Yandex ID)", infra="look-alike domain on VPS (PHPMailer, no rDNS)",
        pair="business 39")
def a39():
    t = L("MSK", 2026, 11, 26, 3, 21, 7)
    link = "https://passport-yandex.id-check.ru/auth/secure?login=dmitry.sokolov%40examplegroup.eu&track=" + alnum(rng("a39"), 24)
    text = """Здравствуйте, Дмитрий!

В ваш аккаунт dmitry.sokolov@examplegroup.eu выполнен вход с нового устройства.

Устройство: Windows 10, Chrome 131
Местоположение: Амстердам, Нидерланды
IP-адрес: 185.220.101.34
Время: 26 ноября 2026, 03:14 (МСК)

Если это были не вы, ваш аккаунт может быть под угрозой. Срочно смените пароль и завершите все сеансы:
%s

Если вход выполнили вы, просто проигнорируйте это письмо.

С уважением,
команда Яндекс ID""" % link
    html = """<html><head><meta charset="utf-8"></head><body style="background:#f5f5f5;margin:0">
<table width="600" align="center" style="background:#fff;font-family:Arial,sans-serif;font-size:15px" cellpadding="0" cellspacing="0">
<tr><td style="padding:26px 32px 6px 32px;font-size:24px;font-weight:bold"><span style="color:#fc3f1d">Я</span>ндекс ID</td></tr>
<tr><td style="padding:8px 32px;line-height:22px"><p>Здравствуйте, Дмитрий!</p>
<p>В ваш аккаунт <b>dmitry.sokolov@examplegroup.eu</b> выполнен вход с нового устройства.</p>
<table style="background:#f6f6f6;font-size:14px" cellpadding="6"><tr><td>Устройство</td><td>Windows 10, Chrome 131</td></tr><tr><td>Местоположение</td><td><b>Амстердам, Нидерланды</b></td></tr><tr><td>IP-адрес</td><td>185.220.101.34</td></tr><tr><td>Время</td><td>26 ноября 2026, 03:14 (МСК)</td></tr></table>
<p>Если это были не вы, ваш аккаунт может быть под угрозой. Срочно смените пароль и завершите все сеансы.</p>
<p><a href="%s" style="background:#fc3f1d;color:#fff;padding:12px 22px;text-decoration:none;border-radius:8px">Это был не я &mdash; защитить аккаунт</a></p>
<p style="font-size:13px;color:#777">Если вход выполнили вы, просто проигнорируйте это письмо.</p></td></tr>
<tr><td style="padding:14px 32px;font-size:12px;color:#999">С уважением, команда Яндекс ID</td></tr></table></body></html>
""" % link
    p = X.vps("mail.id-check.ru", "77.91.124.207", rdns="unknown", mua="none", html_style="plain", zone="MSK",
              charset="utf-8", cte="quoted-printable")
    p.extra = lambda c: [("X-Mailer", "PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)")]
    return compose(p, ("Яндекс ID", "noreply@id-check.ru"), [(None, S("mgr_mow")[1])],
                   "Вход в аккаунт с нового устройства. Это были вы?", t, text, html, name="a39")


@attack(40, "ru", "diadok-fishing-akt-sverki",
        what="EDI phishing: fake 'Kontur.Diadoc' notice that an unknown company sent a reconciliation act needing signature by 27.11, with a 'go to document' button to a look-alike login page.",
        why="Sender domain diadoc-kontur.online instead of Kontur's own domains, unknown counterparty, urgent signature deadline, link to a credential-harvesting Diadoc/Kontur login; genuine counterparties say documents are only in the usual diadoc.ru account (business 40).",
        technique="Credential phishing - e-document exchange (EDI/Diadoc) lure", infra="look-alike domain on VPS (Postfix, no rDNS)",
        pair="business 40")
def a40():
    t = L("MSK", 2026, 11, 24, 10, 47, 12)
    link = "https://diadoc-kontur.online/login?ReturnUrl=%2Fdocument%2F" + hexs(rng("a40"), 32)
    text = """Здравствуйте!

В ваш ящик в Контур.Диадоке поступил документ, требующий подписи:

Отправитель: ООО «ГрадСтрой-Инжиниринг», ИНН 7728419304
Документ: Акт сверки взаимных расчётов за 3 квартал 2026 г.
Организация-получатель: ООО «Экзампл Груп», ИНН %s

Подписать документ необходимо до 27.11.2026. Для просмотра и подписания войдите в Диадок:
%s

Это автоматическое уведомление, отвечать на него не нужно.
Контур.Диадок - сервис обмена электронными документами""" % (RU["eg_inn"], link)
    html = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f0f0f0;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin-top:16px">
<tr><td style="padding:18px 28px;border-bottom:1px solid #e5e5e5;font-size:20px"><b style="color:#1f87ef">Контур</b>.Диадок</td></tr>
<tr><td style="padding:22px 28px;font-size:15px;color:#222;line-height:1.5"><p>Здравствуйте!</p>
<p>В ваш ящик в Контур.Диадоке поступил документ, требующий подписи:</p>
<p>Отправитель: <b>ООО &laquo;ГрадСтрой-Инжиниринг&raquo;</b>, ИНН 7728419304<br>Документ: <b>Акт сверки взаимных расчётов за 3 квартал 2026 г.</b><br>Организация-получатель: ООО &laquo;Экзампл Груп&raquo;, ИНН %s</p>
<p>Подписать документ необходимо до <b>27.11.2026</b>.</p>
<p><a href="%s" style="background:#1f87ef;color:#fff;padding:11px 22px;text-decoration:none">Перейти к документу</a></p>
<p style="font-size:12px;color:#888">Это автоматическое уведомление, отвечать на него не нужно.</p></td></tr></table></body></html>
""" % (RU["eg_inn"], link)
    p = X.vps("mail.diadoc-kontur.online", "147.45.178.62", rdns="unknown", mua="none", html_style="plain",
              zone="MSK", charset="utf-8", cte="quoted-printable")
    return compose(p, ("Контур.Диадок", "noreply@diadoc-kontur.online"), [OLGA],
                   "Вам поступил документ от ООО «ГрадСтрой-Инжиниринг»: Акт сверки - требуется подпись", t, text,
                   html, name="a40")
