"""Genuine business messages, Russian (37-40)."""
import systems as S
import facts as FX
import partners as P
from kit import (compose, alt, text_to_html, make, Text, Multi, st, co, pdf_att, hexid, alnum, rfc, plus, local)

LANG = "ru"


def b37():
    text = """Ольга, добрый день!

Направляю акт сверки взаимных расчётов между ООО «АгроКубань» и ООО «ЭКЗАМПЛ ГРУПП РУС» за период 01.01.2026-30.09.2026 (PDF). По нашим данным сальдо на 30.09.2026 составляет 412 870,00 руб. в пользу ООО «ЭКЗАМПЛ ГРУПП РУС» (счёт № 1187 от 24.09.2026 на запчасти).

Если расхождений нет, подпишите, пожалуйста, в Диадоке - акт мы туда тоже отправили. Если найдёте расхождения, позвоните, разберёмся.

С уважением,
Сергей Петров
коммерческий директор
ООО «АгроКубань»
353760, Краснодарский край, г. Тимашевск, ул. Промышленная, 14
тел. +7 (86130) 4-22-71"""
    akt = """АКТ СВЕРКИ
взаимных расчётов за период: 01.01.2026 - 30.09.2026
между ООО «ЭКЗАМПЛ ГРУПП РУС» (ИНН %s) и ООО «АгроКубань» (ИНН %s, КПП %s)

Дата        Документ                                  Дебет           Кредит
            Сальдо начальное                                 0,00
14.02.2026  Продажа (УПД № 214)                      1 284 000,00
02.03.2026  Оплата (п/п № 388)                                      1 284 000,00
11.06.2026  Продажа (УПД № 871)                        318 450,00
30.06.2026  Оплата (п/п № 1104)                                       318 450,00
24.09.2026  Продажа (УПД № 1187)                       412 870,00
            Обороты за период                        2 015 320,00   1 602 450,00
            Сальдо конечное                            412 870,00

По данным ООО «АгроКубань» на 30.09.2026 задолженность в пользу ООО «ЭКЗАМПЛ ГРУПП РУС» составляет 412 870,00 руб.

От ООО «АгроКубань»: главный бухгалтер ____________ Н. В. Кравченко""" % (FX.EG_RU_INN, FX.AK_INN, FX.AK_KPP)
    p = pdf_att("Акт_сверки_АгроКубань_9мес2026.pdf", akt, "1С:Предприятие 8.3", "2026-10-12 11:12:00", zone="RU",
                title="Акт сверки", size=9, name_style="2231")
    c = compose(P.AGROKUBAN, key="b-ru-37", frm=co("agrokuban"), to=[st("ru_acc")],
                subject="Акт сверки за 9 месяцев 2026 г. - ООО «АгроКубань»", when="2026-10-12 11:20:05",
                body=lambda b: Multi("mixed", [alt(b, text, text_to_html(text, "generic", charset="utf-8"), "utf-8", "8bit", "8bit", idx=1), p], b(0)))
    return make(LANG, "agrokuban-akt-sverki", c,
                "Customer's genuine reconciliation statement (akt sverki) for 9 months 2026 as a plain PDF, also sent via the Diadoc EDI system.",
                "Known customer contact on its Yandex 360 domain, figures match our sales, plain PDF from 1C, signing via EDI, invites a phone call.",
                pair=[("akt-sverki-zip-lnk", "Same document type (akt sverki, 9 months 2026): known customer with plain PDF vs. unknown company with an encrypted .pdf.lnk archive.")])


def b38():
    text = """Здравствуйте, Дмитрий!

В ваш аккаунт dmitry.sokolov@example.com выполнен вход на новом устройстве.

Устройство: iPhone, Яндекс Браузер
Место: Краснодар, Россия
Время: 6 декабря 2026 г., 19:41 (МСК)

Если это были вы, ничего делать не нужно.

Если вы не входили в аккаунт, смените пароль и проверьте список устройств: https://id.yandex.ru/security

С уважением,
Команда Яндекс ID"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;padding:0;background:#fff">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="560" cellpadding="0" cellspacing="0" style="font-family:'YS Text',Arial,sans-serif;font-size:16px;line-height:22px;color:#000">
<tr><td style="padding:32px 0 24px"><img src="https://yastatic.net/s3/passport-static/core/_/id-logo.png" width="104" height="24" alt="Яндекс ID"></td></tr>
<tr><td style="padding-bottom:16px">Здравствуйте, Дмитрий!</td></tr>
<tr><td style="padding-bottom:16px">В ваш аккаунт <b>dmitry.sokolov@example.com</b> выполнен вход на новом устройстве.</td></tr>
<tr><td style="padding-bottom:16px;color:#666">Устройство: iPhone, Яндекс Браузер<br>Место: Краснодар, Россия<br>Время: 6 декабря 2026 г., 19:41 (МСК)</td></tr>
<tr><td style="padding-bottom:16px">Если это были вы, ничего делать не нужно.</td></tr>
<tr><td style="padding-bottom:24px">Если вы не входили в аккаунт, <a href="https://id.yandex.ru/security" style="color:#1a5ad6">смените пароль и проверьте список устройств</a>.</td></tr>
<tr><td style="padding-bottom:32px;color:#666">С уважением,<br>Команда Яндекс ID</td></tr></table></td></tr></table></body></html>"""
    c = compose(P.YANDEX_ID, key="b-ru-38", frm=("Яндекс ID", "noreply@id.yandex.ru"), to=[st("ru_mgr")],
                subject="Вход в аккаунт на новом устройстве", when="2026-12-06 19:42:03",
                body=lambda b: alt(b, text, html, "utf-8", "base64", "base64"))
    return make(LANG, "yandex-id-vhod-uvedomlenie", c,
                "Genuine Yandex ID new-device sign-in notice (his new iPhone in Krasnodar) for the Russian manager's Yandex account.",
                "From noreply@id.yandex.ru through Yandex's forward servers, location and time match his own activity, the only link is id.yandex.ru/security; no urgency.",
                pair=[("yandex-id-login-phish", "Same notification type: genuine id.yandex.ru notice vs. look-alike 'This wasn't me' page from a VDS host.")])


def b39():
    text = """Добрый день!

Направляем Вам счёт на оплату № 1487 от 12.11.2026 г. на сумму 186 400,00 руб., в т.ч. НДС (22%%) 33 613,11 руб.

Реквизиты для оплаты:
Получатель: ООО «ЮгТрансЛогистик»
ИНН %s, КПП %s
Р/с %s
Банк: КРАСНОДАРСКОЕ ОТДЕЛЕНИЕ N8619 ПАО СБЕРБАНК
БИК %s
К/с %s

Счёт-фактура и акт оказанных услуг будут направлены через ЭДО (Контур.Диадок).

Это письмо сформировано автоматически программой 1С:Бухгалтерия.""" % (FX.YT_INN, FX.YT_KPP, FX.YT_RS, FX.SBER_BIK, FX.SBER_KS)
    inv = """ООО «ЮгТрансЛогистик», ИНН %s, КПП %s, ОГРН %s
350051, г. Краснодар, ул. Шоссе Нефтяников, д. 18

Банк получателя: КРАСНОДАРСКОЕ ОТДЕЛЕНИЕ N8619 ПАО СБЕРБАНК
БИК %s   К/с %s
Р/с %s

СЧЁТ НА ОПЛАТУ № 1487 от 12 ноября 2026 г.

Покупатель: ООО «ЭКЗАМПЛ ГРУПП РУС», ИНН %s, КПП %s

№  Наименование                                              Кол-во   Сумма, руб.
1  Перевозка техники Краснодар - Ставрополь (трал), 03.11     1        92 000,00
2  Перевозка техники Краснодар - Ростов-на-Дону (трал), 06.11 1        78 400,00
3  Погрузочно-разгрузочные работы                            2        16 000,00

Итого: 186 400,00
В том числе НДС (22%%): 33 613,11
Всего к оплате: 186 400,00 руб. (Сто восемьдесят шесть тысяч четыреста рублей 00 копеек)

Генеральный директор ____________ А. Н. Ткаченко     Главный бухгалтер ____________ Е. С. Гринько""" % (
        FX.YT_INN, FX.YT_KPP, FX.YT_OGRN, FX.SBER_BIK, FX.SBER_KS, FX.YT_RS, FX.EG_RU_INN, FX.EG_RU_KPP)
    p = pdf_att("Счет_1487_от_12.11.2026.pdf", inv, "1С:Предприятие 8.3", "2026-11-12 16:03:00", zone="RU",
                title="Счет на оплату № 1487", size=9, name_style="2231")
    c = compose(P.YUGTRANS, key="b-ru-39", frm=co("yugtrans"), to=[st("ru_acc")],
                subject="Счёт № 1487 от 12.11.2026", when="2026-11-12 16:05:40",
                body=lambda b: Multi("mixed", [Text(text, "plain", "windows-1251", "base64"), p], b(0)))
    return make(LANG, "yugtrans-schet-1487", c,
                "Carrier's invoice 1487 (RUB 186,400 incl. 22 % VAT) e-mailed by 1C:Accounting through Mail.ru for Business, PDF attached, documents to follow via Diadoc.",
                "Real domain yugtranslog.ru, 1C sender pattern, payment details identical to vendor master (Sberbank Krasnodar, valid BIK control key and correspondent account), matches services performed.",
                pair=[("yugtrans-rekvizity-lookalike", "Same invoice 1487: genuine Sberbank details from yugtranslog.ru vs. look-alike .com switching to a T-Bank account.")])


def _ya_smtp_hops(ctx):
    node = "mail-nwsmtp-smtp-production-main-57.klg.yp-c.yandex.net"
    return ["from %s (%s [2a02:6b8:c42:%s:0:640:%s:0])\n\tby forward103b.mail.yandex.net (Yandex) with ESMTPS id %s;\n\t%s"
            % (node, node, hexid(ctx.key + "a", 4), hexid(ctx.key + "b", 4), alnum(ctx.key + "c", 10), rfc(plus(ctx.t, 2), "RU")),
            "by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s" % (node, alnum(ctx.key + "d", 10), alnum(ctx.key + "e", 8), rfc(plus(ctx.t, 1), "RU"))]


VOLKOV_BAT = S.Custom(
    client=("forward103b.mail.yandex.net", "forward103b.mail.yandex.net", "178.154.239.150", "1.3-256"),
    hops=[lambda ctx: _ya_smtp_hops(ctx)[0], lambda ctx: _ya_smtp_hops(ctx)[1]],
    msgid=lambda ctx: "<%d.%s@yandex.ru>" % (int(hexid(ctx.key, 7), 16), local(ctx.t, "RU")[0].strftime("%Y%m%d%H%M%S")),
    headers=[("X-Mailer", "The Bat! (v11.4.2) Professional"), ("X-Priority", "3 (Normal)"), ("X-Yandex-Fwd", "1")],
    boundary="----------%s", style="generic", zone="RU")


def b40():
    text = """Здравствуйте, Дмитрий.

Нужны запчасти на трактор Hokuto HT 110 (2021 г.в., заводской номер HKT110-0023981):
- фильтр масляный двигателя - 4 шт.
- фильтр топливный - 4 шт.
- комплект ремней генератора - 1 шт.
- диск сцепления - 1 шт.

Подскажите цену и сроки, есть ли на складе в Краснодаре. Оплату могу сделать по счёту от КФХ или картой. Если можно, доставку до Кореновска транспортной компанией.

С уважением,
Андрей Волков
КФХ Волков, Кореновский район
тел. +7 918 347-22-81"""
    c = compose(VOLKOV_BAT, key="b-ru-40", frm=co("volkov"), to=[st("ru_mgr")],
                subject="Запчасти на трактор HT 110 - цена и наличие", when="2026-12-04 19:32:15",
                body=Text(text, "plain", "koi8-r", "quoted-printable"))
    return make(LANG, "volkov-zapros-zapchasti", c,
                "Farmer's spare-parts price enquiry for his tractor, sent with The Bat! over Yandex SMTP in KOI8-R.",
                "Consumer yandex.ru mailbox of a known customer, authenticated Yandex submission, specific serial number and parts list, no links or attachments.")


def messages():
    return [b37(), b38(), b39(), b40()]
