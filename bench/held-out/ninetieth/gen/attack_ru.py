# -*- coding: utf-8 -*-
"""Attack messages 37-40 (Russian)."""
from msgkit import *  # noqa: F401,F403


@message("attack", 37, "ru", "fns-trebovanie-zip-parol",
         "Tax-office malware lure: 'ИФНС России № 46' sends a 'requirement to give explanations' on the Q3 VAT return as a password-protected ZIP (ZipCrypto) containing 'Требование_48813_пояснения.pdf.lnk'",
         "The tax service sends requirements through the EDI operator (telecom channel), never from a mail.ru mailbox; encrypted archive with the password in the body to defeat scanning; .pdf.lnk double extension (inert placeholder); penalty threat under art. 129.1",
         pair="business 37",
         note="Genuine: the chief accountant reports that the requirement arrived via Kontur.Extern and that the tax office never e-mails archives")
def a37():
    p = infra.Webmail(kind="mailru")
    txt = """Добрый день!

Межрайонная ИФНС России № 46 по г. Москве направляет требование о представлении пояснений по декларации по НДС за 3 квартал 2026 года (выявлены расхождения с данными контрагентов по книге покупок).

В соответствии с п. 3 ст. 88 НК РФ пояснения необходимо представить в течение пяти рабочих дней. Непредставление пояснений влечёт штраф по ст. 129.1 НК РФ.

Требование и перечень расхождений во вложении. Пароль к архиву: 48813

С уважением,
отдел камеральных проверок № 2
Межрайонная ИФНС России № 46 по г. Москве
"""
    z = zip_att([("Требование_48813_пояснения.pdf.lnk", A.PLACEHOLDER)], "Требование_ФНС_12-07_48813.zip",
                password="48813", seed="a37", when=(2026, 11, 9, 11, 20, 0))
    html = ("<HTML><BODY><div>" + "</div><div>".join(esc(l) if l else "&nbsp;" for l in txt.split("\n"))
            + "</div></BODY></HTML>\n")
    body = multipart("mixed", [alt(txt, html, "utf-8", "base64"), z])
    return make("a37", p, bt(2026, 11, 9, 9, 41, 12), "ifns46.kameralka@mail.ru", S("ru_acc")[1],
                ("ИФНС России № 46 по г. Москве", "ifns46.kameralka@mail.ru"), (NATIVE["ru_acc"], S("ru_acc")[1]),
                "Требование о представлении пояснений № 12-07/48813", body, hdr_cs="UTF-8", hdr_enc="B")


@message("attack", 38, "ru", "diadok-dokument-na-podpis-lookalike",
         "EDI phishing: 'Контур.Диадок' says a UPD from a known supplier (RUB 187,440) awaits signature and will be rejected automatically; link to a look-alike Diadoc login",
         "diadoc-kontur.online is not Kontur (diadoc.kontur.ru / skbkontur.ru); sent from a VPS; invents an auto-rejection deadline; aims at Diadoc credentials / e-signature access",
         pair="business 38",
         note="Genuine Diadoc notification arrives from Kontur's mail servers with a diadoc.kontur.ru link and no deadline threat")
def a38():
    p = infra.SMTPHost(mua="roundcube", software="postfix-local", host="mail.diadoc-kontur.online",
                       host_ip="45.141.84.219", rdns="vm2184.aeza.network", zone="MSK")
    url = "https://diadoc-kontur.online/Box/Document?doc=1207&inn=7704918368"
    txt = """Здравствуйте!

Вам поступил документ, требующий подписи:

Отправитель: ООО "ДезСнаб", ИНН 7728490177
Документ: Универсальный передаточный документ N 1207 от 12.11.2026
Сумма: 187 440,00 руб., в т.ч. НДС

Срок подписания истекает 14.11.2026. Неподписанный документ будет отклонён автоматически, а контрагент получит уведомление об отказе.

Открыть документ: %s

Это письмо сформировано автоматически, отвечать на него не нужно.
СКБ Контур
""" % url
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="color:#e8443a;font-size:20px;font-weight:bold;padding:10px 0">Диадок</div>
<p>Здравствуйте!</p><p>Вам поступил документ, требующий подписи:</p>
<table cellpadding="3" style="font-size:14px"><tr><td>Отправитель:</td><td>ООО "ДезСнаб", ИНН 7728490177</td></tr>
<tr><td>Документ:</td><td>Универсальный передаточный документ N 1207 от 12.11.2026</td></tr>
<tr><td>Сумма:</td><td>187 440,00 руб., в т.ч. НДС</td></tr></table>
<p>Срок подписания истекает <b>14.11.2026</b>. Неподписанный документ будет отклонён автоматически, а контрагент получит уведомление об отказе.</p>
<p><a href="%s" style="background:#1e73be;color:#fff;padding:9px 20px;text-decoration:none">Открыть документ</a></p>
<p style="font-size:12px;color:#888">Это письмо сформировано автоматически, отвечать на него не нужно.<br>СКБ Контур</p>
</body></html>
""" % esc(url)
    body = alt(txt, html, "koi8-r", "quoted-printable", quote=False)
    return make("a38", p, bt(2026, 11, 12, 12, 55, 40), "noreply@diadoc-kontur.online", S("ru_acc")[1],
                ("Контур.Диадок", "noreply@diadoc-kontur.online"), (NATIVE["ru_acc"], S("ru_acc")[1]),
                "Диадок: документ от ООО \"ДезСнаб\" ожидает подписи", body,
                user_ip="45.141.84.219", hdr_cs="koi8-r", hdr_enc="B")


@message("attack", 39, "ru", "yandex-id-novoe-ustroystvo-fake",
         "Account phishing: fake 'Яндекс ID' alert about a sign-in from Almaty with an 'It wasn't me' button",
         "Sent through Brevo from yandex-id-security.ru (real alerts come from id.yandex.ru via Yandex's own forward servers); 'block access' button leads to passport-yandex-id.ru to harvest the password; arrives the same day as a genuine Yandex alert to copy its look",
         pair="business 39",
         note="Genuine Yandex ID notice comes from noreply@id.yandex.ru through forwardNNN.mail.yandex.net and links to id.yandex.ru")
def a39():
    p = infra.ESP(kind="brevo")
    url = "https://passport-yandex-id.ru/security/block?uid=1130000061288415&src=mail"
    txt = """Здравствуйте, d.sokolov!

Мы зафиксировали вход в ваш аккаунт Яндекс ID с нового устройства:

Устройство: Windows 10, Chrome 131
Местоположение: Алматы, Казахстан (IP 37.150.63.201)
Время: 21.11.2026, 02:14 (МСК)

Если это были не вы, немедленно заблокируйте доступ и смените пароль — иначе злоумышленнику будут доступны ваша почта, Яндекс Диск и платёжные данные Яндекс Пэй:
Это не я — заблокировать: %s

Если вход выполнили вы, просто проигнорируйте это письмо.

С заботой о безопасности,
команда Яндекс ID
""" % url
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body style="font-family:Arial,sans-serif;font-size:15px;color:#000">
<div style="max-width:560px;margin:auto"><p style="font-size:22px"><b><span style="color:#fc3f1d">Я</span>ндекс ID</b></p>
<p>Здравствуйте, d.sokolov!</p><p>Мы зафиксировали вход в ваш аккаунт Яндекс ID с нового устройства:</p>
<p>Устройство: Windows 10, Chrome 131<br>Местоположение: Алматы, Казахстан (IP 37.150.63.201)<br>Время: 21.11.2026, 02:14 (МСК)</p>
<p>Если это были не вы, немедленно заблокируйте доступ и смените пароль — иначе злоумышленнику будут доступны ваша почта, Яндекс Диск и платёжные данные Яндекс Пэй.</p>
<p><a href="%s" style="background:#ffdb4d;color:#000;padding:12px 24px;border-radius:8px;text-decoration:none">Это не я — заблокировать</a></p>
<p style="color:#777;font-size:13px">Если вход выполнили вы, просто проигнорируйте это письмо.<br>С заботой о безопасности,<br>команда Яндекс ID</p></div>
</body></html>
""" % esc(url)
    body = alt(txt, html, "windows-1251", "quoted-printable")
    return make("a39", p, bt(2026, 11, 21, 9, 18, 7), "noreply@yandex-id-security.ru", S("ru_mgr")[1],
                ("Яндекс ID", "noreply@yandex-id-security.ru"), (NATIVE["ru_mgr"], S("ru_mgr")[1]),
                "Вход в аккаунт с нового устройства", body, hdr_cs="windows-1251", hdr_enc="B")


@message("attack", 40, "ru", "fake-boss-fsb-zvonok",
         "'Fake boss' (фейкбосс) scam: the general director, writing from a private Yandex address, tells the chief accountant that an 'FSB colonel' will call, that she must follow his instructions and tell nobody",
         "Director's name on an unknown yandex.ru address ('corporate mail can't be used'); announces a call from a supposed security-service officer, demands obedience and secrecy under threat of criminal liability - preparation for transfers to 'safe accounts'",
         pair="business 37",
         note="Genuine director/accountant exchange runs through the internal relay on example.com addresses and concerns an ordinary tax-office procedure handled via the EDI operator")
def a40():
    p = infra.Webmail(kind="yandex")
    txt = """Елена, добрый день.

Пишу с личной почты, корпоративную сейчас использовать нельзя. В отношении нашей компании проводится проверка ФСБ по факту возможного вывода средств через контрагентов. Сегодня вам позвонит куратор проверки — полковник Лаврентьев Андрей Викторович. Я с ним уже разговаривал, ситуация серьёзная.

Прошу вас полностью выполнять его указания и ни с кем в офисе, включая бухгалтерию и юристов, это не обсуждать — информация составляет государственную тайну, за разглашение предусмотрена уголовная ответственность. По итогам разговора отпишитесь мне сюда.

Д. Соколов

Отправлено из мобильной Яндекс Почты
"""
    html = "<div>" + "</div>\n<div>".join(esc(l) if l else "&nbsp;" for l in txt.split("\n")) + "</div>\n"
    body = text(html, "html", "utf-8", "base64")
    return make("a40", p, bt(2026, 12, 8, 8, 37, 2), "d.sokolov.eg@yandex.ru", S("ru_acc")[1],
                ("Соколов Дмитрий", "d.sokolov.eg@yandex.ru"), (NATIVE["ru_acc"], S("ru_acc")[1]),
                "Срочно и конфиденциально", body, user_ip="176.59.41.18", hdr_cs="utf-8", hdr_enc="B")
