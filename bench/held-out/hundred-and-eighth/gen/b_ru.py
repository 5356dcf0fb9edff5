"""Genuine business messages, Russian (37-40)."""
from .common import *  # noqa
from .mime import local, plus, dd, Text, Att, Multi, addr, esc, fill_cs, rfc, html_simple
from . import infra, ids, qr, pdfdoc, zipc

F = "business"
INN = company.VAT["example_ru_inn"]
KPP = company.VAT["example_ru_kpp"]


def b37():
    seed = "b37"
    t = local("RU", "2026-11-09 12:34:51")
    rcpt = S["ru_acc"]["addr"]
    sender = "buh@balttranslog.ru"
    g = company.RU_BANK["balttrans"]
    ch = infra.yandex(seed, t, rcpt, fwd=("forward501b.mail.yandex.net", "178.154.239.145"))
    smtp = "mail-nwsmtp-smtp-production-main-%d.iva.yp-c.yandex.net" % (int(h(seed + "sm", 2, DIG)) + 10)
    ch["received"] = [
        "from %s (%s [IPv6:2a02:6b8:c0c:%s:0:640:%s:0])\n\tby forward501b.mail.yandex.net (Yandex) with ESMTPS id %s;\n\t%s"
        % (smtp, smtp, h(seed + "a", 4, HEX), h(seed + "b", 4, HEX), h(seed + "c", 12, ALNUM), rfc("RU", plus(t, 1))),
        "by %s (smtp/Yandex) with ESMTPSA id %s-%s;\n\t%s" % (smtp, h(seed + "d", 8, ALNUM), h(seed + "e", 8, ALNUM), rfc("RU", t)),
    ]
    ch["extra"] = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH" + h(seed + "ti", 25, ALNUM) + "=="),
                   ("Content-Language", "ru"), ("X-Yandex-Fwd", "1")]
    ch["msgid"] = "<%s$%s$%s$@balttranslog.ru>" % ("000001db" + h(seed + "o0", 4, HEX), h(seed + "o2", 8, HEX), h(seed + "o3", 8, HEX))
    ch["style"] = "outlook_smtp"
    plain = dd("""
        Ольга, добрый день!

        Направляем счет на оплату № 2611/0412 от 09.11.2026 за организацию перевозки и таможенное оформление партии оливкового масла (контейнер MSKU 481 732 6, ДТ от 03.11.2026).

        Сумма: 286 400,00 руб., в т.ч. НДС.
        Срок оплаты: 5 банковских дней.

        Реквизиты для оплаты (без изменений):
        Получатель: ООО «БалтТрансЛогистик»
        ИНН/КПП: %(inn)s/%(kpp)s
        Банк: %(bank)s
        БИК: %(bik)s
        К/с: %(ks)s
        Р/с: %(rs)s

        Счет и закрывающие документы (УПД) также направлены через Диадок.

        С уважением,
        Наталья Егорова
        главный бухгалтер
        ООО «БалтТрансЛогистик»
        тел. +7 (812) 448-17-20, доб. 104
        """) % {"inn": g["inn"], "kpp": g["kpp"], "bank": g["bank"], "bik": g["bik"], "ks": g["ks"], "rs": g["rs"]}
    body = outlook_alt(plain, bnd("outlook2", seed), cs="windows-1251", lang="RU")
    return spec(F, "ru", "balttrans-schet-na-oplatu", seed, t, ch,
                frm=addr("Бухгалтерия БалтТрансЛогистик", sender, "windows-1251", "B"), to=addr("Морозова Ольга", rcpt, "windows-1251", "B"),
                rcpt=rcpt, ret=sender, subject=subj("Счет на оплату № 2611/0412 от 09.11.2026", "windows-1251", "B"), body=body, zone="RU",
                ru_accounts=[(g["bik"], g["rs"]), (g["bik"], g["ks"])], hn=[38],
                hn_note="The invoice whose payment attack 38 tries to redirect; genuine domain on Yandex 360, unchanged Sberbank details, documents also in Diadok.",
                what="Forwarder sends an invoice for freight and customs clearance with its (unchanged) bank details.",
                why="Genuine balttranslog.ru via Yandex 360 SMTP from Outlook, known accountant and phone, bank details identical to those on file (valid BIK/account keys), documents also delivered through Diadok.")


def b38():
    seed = "b38"
    t = local("RU", "2026-11-02 09:16:40")
    rcpt = S["ru_mgr"]["addr"]
    ch = infra.yandex_notify(seed, t, rcpt)
    plain = dd("""
        Андрей, здравствуйте!

        В ваш аккаунт выполнен вход с нового устройства.

        Устройство: iPhone, Яндекс Браузер
        Местоположение: Санкт-Петербург, Россия
        Время: 2 ноября 2026 года в 09:14 (МСК)

        Если это были вы, ничего делать не нужно.

        Если вы не входили, смените пароль и завершите сеансы на других устройствах на странице «Безопасность»: https://id.yandex.ru/security

        С уважением,
        команда Яндекс ID
        """)
    htm = fill_cs(button_mail("ru", "#fc3f1d", "Яндекс&nbsp;ID", "Вход с нового устройства",
                              ["Андрей, здравствуйте!", "В ваш аккаунт выполнен вход с нового устройства.",
                               "Устройство: iPhone, Яндекс Браузер<br>Местоположение: Санкт-Петербург, Россия<br>Время: 2 ноября 2026 года в 09:14 (МСК)",
                               "Если это были вы, ничего делать не нужно. Если вы не входили, смените пароль и завершите сеансы на других устройствах."],
                              "Перейти в «Безопасность»", "https://id.yandex.ru/security",
                              "С уважением, команда Яндекс ID<br>© 2026 ООО «Яндекс»", font="YS Text, Arial, sans-serif"), "utf-8")
    body = alt(plain, htm, "----==--bound.%s.%s" % (h(seed + "y1", 6, DIG), h(seed + "y2", 30, "abcdefghijklmnopqrstuvwxyz0123456789")), "utf-8", "quoted-printable")
    return spec(F, "ru", "yandex-id-vhod-novoe-ustroistvo", seed, t, ch,
                frm=addr("Яндекс ID", "noreply@id.yandex.ru", "utf-8", "B"), to=rcpt, rcpt=rcpt, ret="noreply@id.yandex.ru",
                subject=subj("Вход с нового устройства", "utf-8", "B"), body=body, zone="RU", hn=[39],
                hn_note="Same notification type as attack 39; genuine Yandex infrastructure, links only to id.yandex.ru, no deadline.",
                what="Genuine Yandex ID new-device sign-in notice for the office manager's Yandex account (used for Yandex Disk).",
                why="Delivered by Yandex's own forward102b.mail.yandex.net from an internal notification host, links only to id.yandex.ru, informational, no threat.")


def b39():
    seed = "b39"
    t = local("RU", "2026-11-16 14:03:27")
    rcpt = S["ru_mgr"]["addr"]
    sender = "i.volkova@medtorg-spb.ru"
    ch = infra.postfix_small(seed, t, rcpt, "mail.medtorg-spb.ru", "91.204.148.66", "95.55.112.17", "95-55-112-17.dynamic.spd-mgts.ru", "RU",
                             mua="thunderbird", sender_dom="medtorg-spb.ru", rdns_server="mx.medtorg-spb.ru")
    ch["extra"] = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "ru")]
    plain = dd("""
        Андрей, добрый день!

        Направляю заказ на декабрь (к отгрузке со склада в Шушарах до 10.12):

        1. Масло оливковое Extra Virgin 0,5 л, стекло - 1 200 шт.
        2. Масло оливковое Extra Virgin 1 л, стекло - 960 шт.
        3. Масло оливковое Extra Virgin 5 л, ж/б - 150 шт.
        4. Масло подсолнечное рафинированное 1 л, ПЭТ - 2 400 шт.

        Цены - по спецификации N 7 к договору поставки, оплата как обычно, 30 дней с даты отгрузки.

        Просьба подтвердить наличие по позициям 1 и 3 - в прошлый раз 0,5 л отгрузили не полностью. Документы (УПД) - через Диадок.

        Спасибо!

        --
        Ирина Волкова
        менеджер по закупкам
        ООО "СредиземноморьеТорг"
        +7 (812) 309-44-71
        """)
    body = Text(plain, "plain", "KOI8-R", "8bit")
    return spec(F, "ru", "distributor-zakaz-dekabr", seed, t, ch,
                frm=addr("Ирина Волкова", sender, "KOI8-R", "B"), to=addr("Андрей Соколов", rcpt, "KOI8-R", "B"), rcpt=rcpt, ret=sender,
                client_ip="95.55.112.17", subject=subj("Заказ на декабрь", "KOI8-R", "B"), body=body, zone="RU",
                what="Distributor's monthly order for olive and sunflower oil.",
                why="Known customer contact from her company's own mail server via Thunderbird, ordinary order referring to the existing contract and price specification, no payment or link.")


def b40():
    seed = "b40"
    t = local("RU", "2026-12-10 20:41:15")
    rcpt = S["ru_mgr"]["addr"]
    sender = "s.petrov.spb@yandex.ru"
    ch = infra.yandex(seed, t, rcpt, fwd=("forward500a.mail.yandex.net", "178.154.239.80"))
    text = dd("""
        Андрей, добрый вечер.

        Пишу по поводу последней поставки в ресторан на Рубинштейна (накладная от 04.12). Три канистры оливкового масла по 5 л из партии L26-309 с горьким и каким-то затхлым привкусом, повар говорит, что в салаты его ставить нельзя. Остальные в порядке.

        Канистры стоят у нас, можем отдать экспедитору при следующей доставке. Прошу заменить или сделать корректировку по счету.

        Фото этикеток с номером партии могу прислать в WhatsApp, если нужно.

        Сергей Петров
        ресторан "Оливье и Ко"
        """)
    htm = "".join("<div>%s</div>\n" % (esc(l) if l else "&nbsp;") for l in text.rstrip().split("\n"))
    body = Text(htm, "html", "utf-8", "8bit")
    return spec(F, "ru", "restoran-pretenziya-kachestvo-yandex", seed, t, ch,
                frm=addr("Сергей Петров", sender, "utf-8", "B"), to=rcpt, rcpt=rcpt, ret=sender,
                subject=subj("Претензия по маслу, партия L26-309", "utf-8", "B"), body=body, zone="RU",
                what="Restaurant customer's quality complaint about a batch of 5 L olive oil cans, from Yandex Mail.",
                why="Known HoReCa customer from his usual yandex.ru mailbox via Yandex's own web-mail and forward servers, concrete delivery/batch details, asks for replacement or credit; no link, attachment or payment instruction.")


def messages():
    return [b37(), b38(), b39(), b40()]
