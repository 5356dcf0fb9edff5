"""Russian genuine business messages (business/37-40)."""
from lib import *
import infra as I
from util import rfc2822, secs, alnum, hexs
from msgs_ru_attack import INN_TP, INN_RU

FOLDER = "business"
BIK_SB = "042406608"
KS_SB = B.ru_account(BIK_SB, "30101810000000000608", corr=True)
RS_TP = B.ru_account(BIK_SB, "40702810017000004417")


def _b37():
    assert B.ru_key_ok(BIK_SB[-3:], RS_TP) and B.ru_key_ok("0" + BIK_SB[4:6], KS_SB)
    text = """Добрый день, Ольга!

Направляю счет на оплату № 1187 от 23.11.2026 по договору поставки № 14/2025 (комплекты постельного белья "Отель-Стандарт" и полотенца махровые, партия к отгрузке 02.12.2026).

Сумма к оплате: 486 221,24 руб., в т.ч. НДС 22%% - 87 679,24 руб.

Реквизиты без изменений:
Получатель: ООО "ТекстильПром", ИНН/КПП %s / 370201001
Р/с %s
Ивановское отделение N 8639 ПАО Сбербанк
БИК %s, к/с %s

УПД выставим через Диадок в день отгрузки.

--
С уважением,
Ирина Волкова
менеджер по работе с ключевыми клиентами
ООО "ТекстильПром", г. Иваново
тел. +7 (4932) 59-44-18
""" % (INN_TP, RS_TP, BIK_SB, KS_SB)
    inv = [(14, True, 'OOO "TekstilProm" - Schet na oplatu No. 1187 ot 23.11.2026'), "INN/KPP " + INN_TP + " / 370201001", "",
           "Pokupatel: OOO Example Textilservice Rus, INN " + INN_RU, "",
           "1. Komplekt postelnogo belya Otel-Standart 1,5 sp.   600 sht x 505,00    303 000,00",
           "2. Polotentse makhrovoe 70x140                     1 150 sht x 83,08     95 542,00",
           "Itogo bez NDS                                                      398 542,00",
           "NDS 22%                                                             87 679,24", "Vsego k oplate RUB                                                 486 221,24", "",
           "Bank: Ivanovskoe otdelenie No. 8639 PAO Sberbank, BIK " + BIK_SB, "R/s " + RS_TP + "   K/s " + KS_SB]
    body = Mixed(Text(text, "windows-1251", "8bit"),
                 pdf_att("Schet_1187_ot_23.11.2026.pdf", inv, title="Schet 1187", producer="1C:Enterprise 8.3"))
    return M(n=37, lang="ru", slug="tekstilprom-schet-na-oplatu",
             infra=I.yandex_thebat(), date="2026-11-23 11:17:52",
             frm=("Ирина Волкова", "i.volkova@textilprom37.ru"), to=[S("olga.morozova")],
             subject="Счет на оплату № 1187 от 23.11.2026", body=body,
             what="Genuine supplier invoice (счёт на оплату) with unchanged bank details, sent with The Bat! through Yandex 360.",
             why="Supplier's real domain textilprom37.ru, account in Ivanovo (valid BIK control key) as in earlier contracts, refers to the contract and EDI (Diadoc) for the UPD. Hard negative of attack/39.")


def _b38():
    def mid(c):
        return "%d@%s" % (c["rng"].randint(10 ** 14, 10 ** 15), "id.yandex.ru")

    def hops(c):
        r = c["rng"]
        return ["Received: from mail-notify-production-main-%d.%s.yp-c.yandex.net ([2a02:6b8:c0c:%x::1:%x])\n\tby %s (Yandex) with ESMTPS id %s\n\tfor <%s>; %s" % (
            r.randint(10, 40), r.choice(["vla", "sas"]), r.randint(0, 0xffff), r.randint(0, 0xff), c["helo"], alnum(r, 10), c["rcpt"], rfc2822(secs(c["t"], 1), "RU"))]
    inf = I.service("forward102b.mail.yandex.net", "forward102b.mail.yandex.net", "178.154.239.52", mid, hops, tz="RU",
                    rp=lambda c: "noreply@id.yandex.ru")
    md = """Андрей, здравствуйте!

В ваш аккаунт **andrey.sokolov@examplegroup.eu** выполнен вход с нового устройства.

Устройство: Windows 11, Яндекс Браузер
Местоположение: Санкт-Петербург, Россия
Время: 30 ноября 2026 г. в 09:02 (МСК)

Если это были вы, ничего делать не нужно. Если нет, перейдите в раздел «Безопасность» в Яндекс ID и смените пароль.

BTN: Перейти в Яндекс ID | https://id.yandex.ru/security

С уважением,
команда Яндекс ID"""
    return M(n=38, lang="ru", slug="yandex-id-uvedomlenie-o-vhode",
             infra=inf, date="2026-11-30 07:02:41", frm=("Яндекс ID", "noreply@id.yandex.ru"), to=[S("andrey.sokolov")],
             subject="Вход в аккаунт с нового устройства",
             body=alt(md, "utf-8", "base64", style="brand", brand="Яндекс ID", color="#fc3f1d",
                      footer="Это письмо отправлено автоматически. © 2026 ООО «Яндекс»"),
             what="Genuine Yandex ID new sign-in notification (the manager signed in on his new office PC; the account runs Yandex Business/Direct).",
             why="Sent from Yandex's own infrastructure (forward*.mail.yandex.net, id.yandex.ru), link only to id.yandex.ru, informational. Hard negative of attack/40.")


def _b39():
    def mid(c):
        return "%s@diadoc.kontur.ru" % hexs(c["rng"], 32)
    inf = I.service("mx-out2.kontur.ru", "mx-out2.kontur.ru", "46.17.203.52", mid, tz="RU")
    md = """Здравствуйте!

Вам поступил документ от контрагента **ООО «ТекстильПром»** (ИНН %s):

- Универсальный передаточный документ № 1187 от 02.12.2026 на сумму 486 221,24 ₽

Документ требует подписи.

BTN: Открыть документ | https://diadoc.kontur.ru/inbox/d7a1c3f0-4e25-4b9a-8f61-2c0e7b5d9a14

Вы получили это письмо, потому что подписаны на уведомления о новых документах в Диадоке. Изменить настройки уведомлений можно в разделе «Настройки» → «Уведомления».

Контур.Диадок""" % INN_TP
    return M(n=39, lang="ru", slug="diadok-novyj-dokument-upd",
             infra=inf, date="2026-12-02 13:08:19", frm=("Диадок", "noreply@diadoc.kontur.ru"), to=[S("olga.morozova")],
             subject="Новый документ от ООО «ТекстильПром»: УПД № 1187",
             body=alt(md, "utf-8", "quoted-printable", style="brand", brand="Контур.Диадок", color="#1f87ef"),
             what="Genuine Kontur.Diadok notification of a new UPD from the textile supplier.",
             why="Sent from Kontur's domain/servers, links only to diadoc.kontur.ru, matches the invoice in business/37 and the announced shipment date, no threats. Hard negative of attack/38.")


def _b40():
    text = """Андрей Викторович, добрый день!

Пишу по поводу поставки в пятницу. Из 40 пододеяльников на двуспальные кровати 6 штук пришли с пятнами ржавчины по краю, фото могу прислать в мессенджер. Просим заменить их в следующий привоз и не выставлять за них в счете.

Также на декабрь нам нужно увеличить заказ: с 18 по 31 декабря у нас полная загрузка, прошу добавить 30 комплектов постельного белья и 60 полотенец в неделю.

Счет за ноябрь пришлите, пожалуйста, как обычно на эту почту.

С уважением,
Марина Ковалёва
администратор
гостиница "Невский берег"
тел. +7 (812) 407-15-62
"""
    return M(n=40, lang="ru", slug="gostinica-pretenziya-i-zakaz",
             infra=I.yandex_thebat(version="v10.5.3"), date="2026-11-30 10:44:03",
             frm=("Марина Ковалёва", "nevskiy.bereg@yandex.ru"), to=[S("andrey.sokolov")],
             subject="Поставка 27.11 - пятна на пододеяльниках, заказ на декабрь", body=Text(text, "koi8-r", "quoted-printable"),
             what="Genuine small-hotel customer complaint and December order, from a yandex.ru mailbox via The Bat! in KOI8-R.",
             why="Long-standing customer mailbox on yandex.ru, concrete items and quantities, asks for replacement and normal invoicing; no links or payment changes.")


MESSAGES = [_b37(), _b38(), _b39(), _b40()]
for _m in MESSAGES:
    _m["folder"] = FOLDER
