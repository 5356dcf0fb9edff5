# -*- coding: utf-8 -*-
"""Russian messages: attacks 37-40, business 37-40."""
import base64

from .common import *  # noqa: F401,F403

SB_BIK, SB_KS = "044030653", "30101810500000000653"          # ПАО Сбербанк, Северо-Западный банк
TB_BIK, TB_KS = "044525974", "30101810145250000974"          # АО «ТБанк», Москва
assert IB.ru_corr_valid(SB_BIK, SB_KS) and IB.ru_corr_valid(TB_BIK, TB_KS)
TAS_RS = IB.ru_account(SB_BIK, "40702810X55240004471")       # genuine settlement account
ATK_RS = IB.ru_account(TB_BIK, "40702810X10001874412")       # attack 38
TAS_INN = IB.ru_inn10("780631447")
TAS_OGRN = IB.ru_ogrn("112784702814")
EG_RU_INN = IB.ru_inn10("781142218")
EG_RU_KPP = "781101001"

YANDEX_FWD = ["from mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net (mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net [IPv6:2a02:6b8:c0f:%x:0:640:%x:0])\n\tby forward%da.mail.yandex.net (Yandex) with ESMTPS id 4A{ID}\n\tfor <%s>; {D}",
              "by mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net (smtp/Yandex) with ESMTPSA id Xm{ID}-{ID};\n\t{D}"]


def yandex_opts(r, rcpt, client):
    n = r.randint(20, 80)
    fw = r.randint(100, 500)
    return {"helo": "forward%da.mail.yandex.net" % fw, "rdns": "forward%da.mail.yandex.net" % fw, "ip": "178.154.239.%d" % r.randint(70, 150), "z": "RU", "client": client,
            "tls": "1.3",
            "inner": [YANDEX_FWD[0] % (n, n, r.randint(4096, 65535), r.randint(4096, 65535), fw, rcpt), YANDEX_FWD[1] % n]}


# ================================================================== ATTACKS
@msg("attack", 37, "ru", "fns-requirement-html-attachment")
def a37(r):
    rcpt = S("ru_acc")[1]
    body = """Уважаемый налогоплательщик!

Межрайонная ИФНС России № 25 по Санкт-Петербургу в ходе камеральной налоговой проверки декларации по НДС за 3 квартал 2026 года выявила расхождения в сведениях об операциях с контрагентами (разрывы по цепочке НДС).

Наименование: ООО «ЭКЗАМПЛ ГРУП РУС»
ИНН/КПП: %s/%s
Номер требования: 12-08/4471 от 18.11.2026

В соответствии с п. 3 ст. 88 НК РФ Вам необходимо в течение пяти рабочих дней со дня получения настоящего требования представить пояснения либо внести исправления в налоговую декларацию.

Непредставление пояснений в установленный срок влечёт ответственность по ст. 129.1 НК РФ и может послужить основанием для приостановления операций по счетам организации (п. 3 ст. 76 НК РФ).

Требование и перечень расхождений направлены во вложении. Для просмотра документа необходимо подтвердить адрес электронной почты организации.

С уважением,
Межрайонная ИФНС России № 25 по Санкт-Петербургу""" % (EG_RU_INN, EG_RU_KPP)
    att = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>Требование № 12-08/4471</title>
<style>body{margin:0;background:#eef2f6;font-family:Arial,sans-serif;color:#1c2a3a}
.hdr{background:#0d4cd3;color:#fff;padding:14px 30px;font-size:18px}
.box{width:420px;margin:60px auto;background:#fff;padding:30px 36px;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.15)}
input{width:100%%;box-sizing:border-box;padding:10px;margin:8px 0;border:1px solid #b8c2cc;border-radius:4px;font-size:15px}
button{width:100%%;background:#0d4cd3;color:#fff;border:0;padding:11px;font-size:15px;border-radius:4px}</style></head>
<body><div class="hdr">ФНС России &middot; Личный кабинет налогоплательщика юридического лица</div>
<div class="box"><h3>Требование о представлении пояснений № 12-08/4471</h3>
<p style="font-size:13px">Документ защищён. Для просмотра подтвердите адрес электронной почты организации и пароль.</p>
<form method="post" action="https://lkul-nalog.online/doc/verify.php">
<input type="email" name="email" value="%s">
<input type="password" name="password" placeholder="Пароль" required>
<button type="submit">Открыть документ</button></form>
<p style="font-size:11px;color:#6b7a89">&copy; 2026 Федеральная налоговая служба</p></div></body></html>
""" % rcpt
    a = attach(att.encode("utf-8"), "text/html", "Требование_12-08-4471.html", style="2047")
    plain = text(body, "koi8-r", "base64")
    htm = Part("text/html", body="<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"></head><body>" + "".join(
        "<p>%s</p>" % esc(p).replace("\n", "<br>") for p in body.split("\n\n")) + "</body></html>", charset="koi8-r", cte="base64")
    root = mixed(r, "outlook", alt(r, "outlook", plain, htm), a)
    ip3, ip4 = r.randint(64, 127), r.randint(2, 250)
    return dict(
        system="vps", opts={"helo": "mail.nalog-uved.ru", "rdns": "%d-%d-%d-%d.cloudvps.regruhosting.ru" % (89, 108, ip3, ip4),
                            "ip": "89.108.%d.%d" % (ip3, ip4), "client": "outlook", "lang": "ru", "mid_domain": "nalog-uved.ru",
                            "client_ip": "45.141.%d.%d" % (r.randint(1, 250), r.randint(1, 250))},
        dt=at(2026, 11, 18, 10, 22, 40), frm=("ИФНС России № 25 по Санкт-Петербургу", "trebovanie@nalog-uved.ru"), to=[S("ru_acc")],
        subject="Требование о представлении пояснений № 12-08/4471 (п. 3 ст. 88 НК РФ)", hcs="koi8-r", henc="B",
        root=root,
        what="Fake tax-office (FNS) requirement to explain VAT discrepancies, with an HTML attachment that asks for the mailbox password",
        why="FNS requirements arrive through the accredited EDO operator (see business 37), never by e-mail from nalog-uved.ru on a reg.ru VPS; the HTML attachment is a fake taxpayer-cabinet login posting credentials to lkul-nalog.online; account-freeze threat",
        pair="b37")


@msg("attack", 38, "ru", "supplier-bank-change-lookalike")
def a38(r):
    body = """Добрый день, Ольга!

Информируем Вас о смене обслуживающего банка. С 16.11.2026 просим производить оплату по следующим реквизитам:

Получатель: ООО «ТрансАвтоСервис»
ИНН %s / КПП 780601001
р/с %s
Банк: АО «ТБанк», г. Москва
БИК %s
к/с %s

Счёт в ПАО Сбербанк закрывается, платежи на старые реквизиты будут возвращены банком.

Во вложении счёт № 1193 от 12.11.2026 с новыми реквизитами. Просим оплатить его до 18.11, иначе отгрузку колодок и фильтров на следующей неделе придётся перенести. Официальное письмо за подписью генерального директора направим почтой.

С уважением,
Сергей Морозов
менеджер по работе с клиентами
ООО «ТрансАвтоСервис»
тел. +7 (812) 448-19-20""" % (TAS_INN, ATK_RS, TB_BIK, TB_KS)
    pdfp = pdf("Счет_1193_от_12.11.2026.pdf", [[
        ("h", "ООО «ТрансАвтоСервис»"), ("s", "ИНН " + TAS_INN + " КПП 780601001 · 192148, Санкт-Петербург, пр. Обуховской Обороны, 271"), "",
        "Получатель: ООО «ТрансАвтоСервис»   р/с " + ATK_RS, "Банк получателя: АО «ТБанк», г. Москва   БИК " + TB_BIK + "   к/с " + TB_KS, "",
        ("b", "Счёт на оплату № 1193 от 12 ноября 2026 г."), "",
        "Покупатель: ООО «Экзампл Груп Рус», ИНН " + EG_RU_INN + ", КПП " + EG_RU_KPP, "",
        "1. Колодки тормозные Setra/MB (к-т)            20 шт.   3 850,00    77 000,00",
        "2. Фильтр топливный OM 470                     40 шт.   1 320,00    52 800,00",
        "3. Фильтр салонный угольный                    24 шт.     940,00    22 560,00", "",
        "Итого без НДС:                                                      152 360,00",
        "НДС 22 %:                                                            33 519,20", ("b", "Всего к оплате:                                                     185 879,20"), "",
        "Генеральный директор ____________ / Морозов А. В. /"]],
        title="Счет 1193", author="TAS", creator="1С:Предприятие 8.3", producer="1С:Предприятие 8.3", date="D:20261112101500+03'00'")
    plain = text(body, "windows-1251", "quoted-printable")
    root = mixed(r, "thebat", plain, pdfp)
    return dict(
        system="vps", opts={"helo": "mail.transavtoservis-spb.ru", "rdns": "vm%d.firstvds.ru" % r.randint(100000, 999999), "ip": "82.146.%d.%d" % (r.randint(32, 63), r.randint(2, 250)),
                            "client": "thebat", "z": "RU", "client_ip": "185.244.%d.%d" % (r.randint(1, 250), r.randint(1, 250))},
        dt=at(2026, 11, 13, 9, 47, 58), frm=("Сергей Морозов", "s.morozov@transavtoservis-spb.ru"), to=[S("ru_acc")],
        subject="Изменение банковских реквизитов ООО «ТрансАвтоСервис»", hcs="windows-1251", henc="B",
        root=root,
        what="Supplier bank-detail change from look-alike transavtoservis-spb.ru with an invoice PDF carrying the new account (Moscow bank)",
        why="Look-alike domain on a FirstVDS VPS (real supplier: transavtoservis.ru on Yandex 360); sudden switch from the Saint Petersburg Sberbank account to a Moscow bank, old account 'closing', payment deadline tied to shipment; the account, BIK and correspondent account pass the control-key test, so only the channel exposes it",
        pair="b38")


@msg("attack", 39, "ru", "reconciliation-act-encrypted-zip")
def a39(r):
    body = """Добрый день!

Направляем акт сверки взаимных расчётов за период с 01.10.2026 по 30.11.2026 для подписания.

Просим проверить, подписать и вернуть скан в течение трёх рабочих дней. При наличии расхождений прошу сообщить.

Архив защищён паролем: 2026

С уважением,
главный бухгалтер
Смирнова Т. И.
ООО «СеверТрансЛизинг»"""
    z = zipped("Акт_сверки_4кв_2026.zip", [("Акт сверки 01.10.2026-30.11.2026.pdf.scr", PLACEHOLDER)], password="2026",
               seed="a39", date_time=(2026, 12, 8, 10, 44, 12))
    root = mixed(r, "roundcube", text(body, "windows-1251", "base64"), z)
    return dict(
        system="exim", opts={"host": "s26.spb-hosting.ru", "ip": "91.215.%d.%d" % (r.randint(152, 155), r.randint(2, 250)),
                             "client_ip": "77.91.%d.%d" % (r.randint(1, 250), r.randint(1, 250)), "client": "roundcube", "z": "RU"},
        envelope="buh@severtransleasing.ru",
        dt=at(2026, 12, 8, 8, 45, 30), frm=("Бухгалтерия СеверТрансЛизинг", "buh@severtransleasing.ru"), to=[S("ru_acc")],
        subject="Акт сверки взаимных расчётов за 4 кв. 2026 г.", hcs="windows-1251", henc="B",
        root=root,
        what="'Reconciliation act' malspam: password-protected ZIP (password '2026' in the body) holding a screensaver executable disguised as PDF",
        why="No business relationship with 'SeverTransLeasing' (compromised mailbox on shared hosting, webmail from a foreign IP); classic Russian-language 'акт сверки' lure; ZipCrypto archive to evade scanning; double extension .pdf.scr (inert placeholder)")


@msg("attack", 40, "ru", "yandex-id-signin-phish")
def a40(r):
    link = "https://passport.yandex.ru.id-security-check.ru/auth/restore?retpath=%s" % base64.urlsafe_b64encode(b"dsokolov-eg").decode().rstrip("=")
    html = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f5f5f5;font-family:'YS Text',Arial,sans-serif;color:#000">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:16px">
<tr><td style="padding:30px 40px 0 40px;font-size:22px;font-weight:bold"><span style="color:#fc3f1d">Я</span>ндекс ID</td></tr>
<tr><td style="padding:20px 40px;font-size:15px;line-height:22px">
<p style="font-size:20px;font-weight:bold">Вход в аккаунт с нового устройства</p>
<p>Здравствуйте, Дмитрий!</p>
<p>В ваш аккаунт <b>dsokolov-eg</b> выполнен вход с нового устройства.</p>
<p style="background:#f5f5f5;border-radius:12px;padding:14px 18px">Устройство: Windows 10, браузер Chrome 131<br>Местоположение: Алматы, Казахстан (приблизительно)<br>IP-адрес: 2.135.%d.%d<br>Время: 8 декабря 2026 г., 04:17 (МСК)</p>
<p>Если это были вы, ничего делать не нужно.</p>
<p>Если вы не выполняли вход, срочно смените пароль и завершите все сеансы. В противном случае доступ к аккаунту и связанным сервисам (Почта, Диск, Директ) может быть ограничен.</p>
<p><a href="%s" style="background:#fc3f1d;color:#fff;text-decoration:none;padding:12px 26px;border-radius:10px;font-weight:bold;display:inline-block">Это был не я</a></p>
<p style="color:#777;font-size:13px">С заботой о безопасности,<br>команда Яндекс ID</p>
</td></tr></table></td></tr></table></body></html>
""" % (r.randint(1, 250), r.randint(1, 250), link)
    root = Part("text/html", body=html, charset="utf-8", cte="base64")
    ip3, ip4 = r.randint(96, 127), r.randint(2, 250)
    return dict(
        system="vps", opts={"helo": "mail.id-security-check.ru", "rdns": "%d-%d-%d-%d.twc1.net" % (5, 42, ip3, ip4), "ip": "5.42.%d.%d" % (ip3, ip4),
                            "client": "phpmailer", "z": "RU"},
        dt=at(2026, 12, 8, 4, 31, 2), frm=("Яндекс ID", "noreply@id-security-check.ru"), to=[S("ru_mgr")],
        subject="Вход в аккаунт с нового устройства", hcs="utf-8", henc="B",
        root=root,
        what="Yandex ID 'new sign-in' phishing with an 'It wasn't me' button leading to a fake password-reset page",
        why="Sender domain id-security-check.ru on a Timeweb VPS with PHPMailer instead of id.yandex.ru; the button points to passport.yandex.ru.id-security-check.ru (subdomain deception); fear of account restriction; sent at 06:31 Moscow time",
        pair="b40")


# ================================================================== BUSINESS
@msg("business", 37, "ru", "internal-fns-requirement-via-edo")
def b37(r):
    body = """Дмитрий, добрый день!

Сегодня через Контур.Экстерн пришло требование Межрайонной ИФНС № 25 о представлении пояснений по декларации по НДС за 3 квартал (расхождения по двум контрагентам – ТрансАвтоСервис и «Северо-Западная топливная компания»). Квитанцию о приёме я отправила сразу, так что риска блокировки счёта нет.

Срок для пояснений – пять рабочих дней, до 27.11. Счета-фактуры и акты у нас есть; судя по всему, расхождение возникло из-за того, что поставщик позже подал уточнённую декларацию. Пояснения подготовлю к среде, подписать их нужно будет Вашей КЭП в Экстерне.

Кстати, на прошлой неделе нам приходило поддельное «требование» по почте с вложением – я его удалила и сообщила в ИТ. Настоящие требования приходят только через оператора ЭДО.

Ольга

--
Ольга Кузнецова
Главный бухгалтер
ООО «Экзампл Груп Рус»
тел. +7 (812) 309-44-10, доб. 120"""
    plain = text(body, "koi8-r", "quoted-printable")
    htm = Part("text/html", body=html_outlook(body, "koi8-r", "RU", font="Calibri"), charset="koi8-r", cte="quoted-printable")
    return dict(
        system="exchange_int", dt=at(2026, 11, 20, 11, 40, 33), lang_tag="ru-RU",
        frm=S("ru_acc"), to=[S("ru_mgr")],
        subject="Требование ИФНС по НДС за 3 кв. – пояснения через Экстерн до 27.11", hcs="koi8-r", henc="B",
        root=alt(r, "exchange", plain, htm),
        what="Genuine internal note: the tax-office requirement arrived via the EDO operator; receipt sent, explanations to be signed with the qualified signature",
        why="Internal Exchange via mail-int01 between known colleagues; describes the legitimate channel (Kontur.Extern) and the real deadlines; no links or attachments",
        pair="a37")


@msg("business", 38, "ru", "supplier-invoice-thebat-pdf")
def b38(r):
    body = """Ольга, добрый день!

Во вложении счёт № 1187 от 10.11.2026 на тормозные колодки и фильтры по вашему заказу от 06.11.

Сумма к оплате: 213 500,00 руб., в т.ч. НДС 22 %% – 38 500,00 руб.

Реквизиты прежние:
ООО «ТрансАвтоСервис», ИНН %s, КПП 780601001
р/с %s в ПАО Сбербанк, г. Санкт-Петербург
БИК %s, к/с %s

Отгрузка после поступления оплаты, ориентировочно 19–20 ноября, доставка нашим транспортом на ул. Салова.
УПД направим через Диадок в день отгрузки.

--
С уважением,
Сергей Морозов
менеджер по работе с клиентами
ООО «ТрансАвтоСервис»
тел. +7 (812) 448-19-20""" % (TAS_INN, TAS_RS, SB_BIK, SB_KS)
    pdfp = pdf("Счет_1187_от_10.11.2026.pdf", [[
        ("h", "ООО «ТрансАвтоСервис»"), ("s", "ИНН " + TAS_INN + " КПП 780601001 ОГРН " + TAS_OGRN + " · 192148, Санкт-Петербург, пр. Обуховской Обороны, 271"), "",
        "Получатель: ООО «ТрансАвтоСервис»   р/с " + TAS_RS, "Банк получателя: ПАО Сбербанк, г. Санкт-Петербург   БИК " + SB_BIK + "   к/с " + SB_KS, "",
        ("b", "Счёт на оплату № 1187 от 10 ноября 2026 г."), "",
        "Покупатель: ООО «Экзампл Груп Рус», ИНН " + EG_RU_INN + ", КПП " + EG_RU_KPP, "",
        "1. Колодки тормозные Setra/MB (к-т)            24 шт.   3 850,00    92 400,00",
        "2. Фильтр воздушный MANN C 37 1330             20 шт.   2 150,00    43 000,00",
        "3. Фильтр топливный OM 470                     30 шт.   1 320,00    39 600,00", "",
        "Итого без НДС:                                                      175 000,00",
        "НДС 22 %:                                                            38 500,00", ("b", "Всего к оплате:                                                     213 500,00"), "",
        "Всего к оплате: двести тринадцать тысяч пятьсот рублей 00 копеек", "",
        "Генеральный директор ____________ / Морозов А. В. /      Главный бухгалтер ____________ / Ершова Н. П. /"]],
        title="Счет 1187", author="TAS", creator="1С:Предприятие 8.3", producer="1С:Предприятие 8.3", date="D:20261110094500+03'00'")
    root = mixed(r, "thebat", text(body, "windows-1251", "quoted-printable"), pdfp)
    return dict(
        system="hosted", opts=yandex_opts(r, S("ru_acc")[1], "thebat"),
        dt=at(2026, 11, 10, 10, 3, 17), frm=("Сергей Морозов", "s.morozov@transavtoservis.ru"), to=[S("ru_acc")],
        subject="Счёт № 1187 от 10.11.2026 – колодки, фильтры", hcs="windows-1251", henc="B",
        root=root,
        what="Genuine supplier invoice (brake pads, filters) from the known Saint Petersburg supplier, sent with The Bat! via Yandex 360",
        why="Real supplier domain on Yandex 360, usual account at Sberbank North-West (control key valid), consistent arithmetic at 22 % VAT, UPD via Diadok; no change of details",
        pair="a38")


@msg("business", 39, "ru", "customer-booking-request-yandex")
def b39(r):
    body = """<div>Здравствуйте!</div><div>&nbsp;</div>
<div>Хотим заказать автобус на экскурсию в Великий Новгород в субботу, 12 декабря.</div><div>&nbsp;</div>
<div>Группа 20 человек (взрослые), выезд в 7:30 от станции метро «Московская», возвращение около 21:00. В Новгороде экскурсия по Кремлю и в Юрьев монастырь, автобус нужен на весь день.</div><div>&nbsp;</div>
<div>Подскажите, пожалуйста, стоимость и есть ли у вас автобус на 25–30 мест с ремнями безопасности. Оплатить можем по безналу от ИП или наличными.</div><div>&nbsp;</div>
<div>Спасибо!</div><div>&nbsp;</div>
<div>Ирина Волкова</div><div>+7 921 448-27-19</div>
"""
    return dict(
        system="hosted", opts=yandex_opts(r, S("ru_mgr")[1], "yamail"),
        dt=at(2026, 11, 24, 19, 12, 45), frm=("Ирина Волкова", "irina.volkova@yandex.ru"), to=[S("ru_mgr")],
        subject="Заказ автобуса – экскурсия в Великий Новгород 12 декабря", hcs="utf-8", henc="B",
        root=Part("text/html", body=body, charset="utf-8", cte="8bit"),
        what="Genuine charter request from a private group organiser on Yandex Mail (webmail, HTML only)",
        why="Consumer Yandex mailbox via Yandex's own relays, specific trip details, asks for a price; no links, attachments or payment redirection")


@msg("business", 40, "ru", "yandex-id-genuine-signin")
def b40(r):
    body = """Вход в аккаунт с нового устройства

Здравствуйте, Дмитрий!

В ваш аккаунт dsokolov-eg выполнен вход с нового устройства.

Устройство: Windows 11, браузер Яндекс Браузер
Местоположение: Санкт-Петербург, Россия (приблизительно)
Время: 23 октября 2026 г., 09:12 (МСК)

Если это были вы, ничего делать не нужно.

Если нет — перейдите в раздел «Безопасность» на id.yandex.ru, смените пароль и завершите сеансы на всех устройствах: https://id.yandex.ru/security

Команда Яндекс ID"""
    html = ("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"></head><body style=\"margin:0;background:#f5f5f5;font-family:'YS Text',Arial,sans-serif\">"
            "<table width=\"560\" align=\"center\" style=\"background:#fff;border-radius:16px;margin-top:24px\"><tr><td style=\"padding:30px 40px;font-size:15px;line-height:22px\">"
            + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in body.split("\n\n"))
            + "</td></tr></table></body></html>\n")
    html = html.replace("https://id.yandex.ru/security", "<a href=\"https://id.yandex.ru/security\">https://id.yandex.ru/security</a>")
    root = alt(r, "yandex", text(body, "utf-8", "quoted-printable"), Part("text/html", body=html, charset="utf-8", cte="quoted-printable"))
    mid = lambda rr, dt: "<%s@%s.passport.yandex.net>" % (rr.digits(16), rr.choice(["vla", "sas", "myt"]) + "%d-%s" % (rr.randint(1, 9), rr.hex(12)))
    fw = r.randint(100, 500)
    return dict(
        system="service", opts={"helo": "forward%db.mail.yandex.net" % fw, "rdns": "forward%db.mail.yandex.net" % fw, "ip": "178.154.239.%d" % r.randint(150, 200), "mid": mid, "z": "RU",
                                "rp": "noreply@id.yandex.ru",
                                "inner": ["from passport-api%d.%s.yp-c.yandex.net (passport-api%d.%s.yp-c.yandex.net [IPv6:2a02:6b8:c1b:%x:0:4b4c:%x:0])\n\tby forward%db.mail.yandex.net (Yandex) with ESMTPS id 3B{ID}\n\tfor <dmitry.sokolov@example.com>; {D}"
                                          % (r.randint(1, 9), "vla", r.randint(1, 9), "vla", r.randint(4096, 65535), r.randint(4096, 65535), fw)],
                                "order": ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "__MIME__"],
                                "headers": [("X-Yandex-Service", "cGFzc3BvcnQ=")]},
        dt=at(2026, 10, 23, 8, 13, 31), frm=("Яндекс ID", "noreply@id.yandex.ru"), to=[S("ru_mgr")],
        subject="Вход в аккаунт с нового устройства", hcs="utf-8", henc="B",
        root=root,
        what="Genuine Yandex ID new-device sign-in notice (Saint Petersburg, office hours)",
        why="Yandex's own infrastructure and sender id.yandex.ru, points to id.yandex.ru only, plausible local sign-in; no button to a third-party domain",
        pair="a40")
