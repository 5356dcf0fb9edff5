"""Russian genuine business messages (4)."""

import ids
import org
import pdf
from attack_ru import INN_EG, INN_MD, koi8_clean
from core import mail, Text, Bin, Multi
from infra import Client, Hosted, ESP
from mime import HStyle
from org import NATIVE, A

BIK_MD = "044030653"                                  # North-West bank branch
ACC_MD = ids.ru_account(BIK_MD, "40702810X55040011873")
BIK_SM = "044959698"                                  # Novgorod branch
ACC_SM = ids.ru_account(BIK_SM, "40802810X43000002147")
INN_SM = ids.ru_inn12("5321044718")

YA360 = dict(helo="forward502b.mail.yandex.net", rdns="forward502b.mail.yandex.net", ip="178.154.239.214")


# 37 ---------------------------------------------------------------------
def akt_sverki():
    body = """Ольга, добрый день!

Направляю акт сверки взаимных расчётов за октябрь 2026 г. По нашим данным:

- счёт N 1187 от 02.10.2026 на 1 286 400,00 руб. оплачен п/п N 4417 от 08.10.2026;
- счёт N 1203 от 16.10.2026 на 418 950,00 руб. оплачен п/п N 4488 от 27.10.2026;
- сальдо на 31.10.2026 - 0,00 руб.

Переплат и задолженности нет. Если у вас расхождений тоже нет, подпишите, пожалуйста, акт через Диадок - я отправила его туда же.

Наши реквизиты без изменений:
р/с %s в Северо-Западном банке ПАО Сбербанк, БИК %s, к/с %s.

С уважением,
Ирина Волкова
главный бухгалтер
ООО "Мебельный дом Северо-Запад"
тел. +7 (812) 407-18-30
""" % (ACC_MD, BIK_MD, ids.ru_corr_account(BIK_MD))
    body = koi8_clean(body)
    akt = pdf.make_pdf([
        "# Акт сверки взаимных расчётов", "за период: 01.10.2026 – 31.10.2026",
        "между ООО «Мебельный дом Северо-Запад» (ИНН %s) и ООО «Экзампл Груп Рус» (ИНН %s)" % (INN_MD, INN_EG), "",
        "Дата        Документ                       Дебет            Кредит",
        "02.10.2026  Поступление (счёт № 1187)                     1 286 400,00",
        "08.10.2026  Оплата (п/п № 4417)          1 286 400,00",
        "16.10.2026  Поступление (счёт № 1203)                       418 950,00",
        "27.10.2026  Оплата (п/п № 4488)            418 950,00",
        "            Обороты за период            1 705 350,00     1 705 350,00",
        "            Сальдо конечное                      0,00", "",
        "Главный бухгалтер ____________ И. А. Волкова",
    ], title="Акт сверки октябрь 2026", producer="1С:Предприятие 8.3", creator="1С:Предприятие",
        author="", created="20261116103000+03'00'")
    route = Hosted(YA360["helo"], YA360["rdns"], YA360["ip"], mta="yandex", zone="MSK",
                   origin=("", "", ""))
    cl = Client("outlook", domain="mebeldom-sz.ru", hstyle=HStyle("koi8-r", "B", quote_names=True),
                mailer="Microsoft Outlook 16.0")
    return mail(kind="business", lang="ru", slug="akt-sverki-oktyabr",
                t="2026-11-16 08:41:05", rcpt=A("ru_acc"), route=route, client=cl, date_zone="MSK",
                frm=("Ирина Волкова", "i.volkova@mebeldom-sz.ru"), to=[NATIVE["ru_acc"]],
                subject="Акт сверки за октябрь 2026",
                body=Multi("mixed", [
                    Multi("alternative", [Text(body, charset="koi8-r", cte="quoted-printable"),
                                          Text(org.to_html_outlook(body, lang="RU"), "html", charset="koi8-r",
                                               cte="quoted-printable")]),
                    Bin(akt, "application/pdf", "Акт_сверки_октябрь_2026.pdf", name_style="2047", hcs="koi8-r")]),
                hn=["vozvrat-pereplaty-novye-rekvizity"],
                pair="customer's chief accountant about payments for invoice 1187",
                what="Distributor's genuine reconciliation statement for October showing invoice 1187 paid once.",
                why="Real domain mebeldom-sz.ru on Yandex 360, Outlook in KOI8-R as usual; bank details "
                    "unchanged and consistent with BIK/correspondent account; signature via Diadok; "
                    "contradicts the 'double payment' in attack 38.")


# 38 ---------------------------------------------------------------------
def yandex_genuine():
    txt = """Яндекс ID

Вход в аккаунт

Здравствуйте, Дмитрий!

В ваш аккаунт dmitry.sokolov@example.com выполнен вход с нового устройства.

Устройство: iPhone, приложение Яндекс Бизнес
Местоположение: Санкт-Петербург, Россия
Время: 5 ноября 2026, 21:11 (МСК)

Если это были вы — просто проигнорируйте это письмо.
Если нет — смените пароль на странице https://id.yandex.ru/security и завершите сеансы на других устройствах.

Команда Яндекс ID
"""
    html = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#fff;font-family:'YS Text',Arial,sans-serif;color:#000">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="560" cellpadding="0" cellspacing="0">
<tr><td style="padding:32px 0 16px 0;font-size:20px"><b>Яндекс ID</b></td></tr>
<tr><td style="font-size:26px;padding-bottom:16px"><b>Вход в аккаунт</b></td></tr>
<tr><td style="font-size:15px;line-height:22px">Здравствуйте, Дмитрий!<br><br>
В ваш аккаунт <b>dmitry.sokolov@example.com</b> выполнен вход с нового устройства.<br><br>
Устройство: iPhone, приложение Яндекс Бизнес<br>Местоположение: Санкт-Петербург, Россия<br>Время: 5 ноября 2026, 21:11 (МСК)<br><br>
Если это были вы — просто проигнорируйте это письмо.<br>Если нет — смените пароль на странице
<a href="https://id.yandex.ru/security">id.yandex.ru/security</a> и завершите сеансы на других устройствах.</td></tr>
<tr><td style="padding:32px 0;font-size:13px;color:#999">Команда Яндекс ID</td></tr>
</table></td></tr></table></body></html>
"""
    route = ESP("yandexid", zone="MSK", n=3)
    cl = Client("generic", domain="id.yandex.ru", hstyle=HStyle("utf-8", "B"),
                mid=lambda rng, t: "<%d%d@%s.yandex.ru>" % (rng.randint(100000, 999999), int(t.timestamp()),
                                                            "mail-notsolitesrv-41.sas.yp-c"))
    return mail(kind="business", lang="ru", slug="yandex-id-vhod-uvedomlenie",
                t="2026-11-05 19:12:09", rcpt=A("ru_mgr"), route=route, client=cl, date_zone="MSK", lag=(1, 4),
                env_from="noreply@id.yandex.ru",
                frm=("Яндекс ID", "noreply@id.yandex.ru"), to=[("", A("ru_mgr"))],
                subject="Вход в аккаунт",
                body=Multi("alternative", [Text(txt, charset="utf-8", cte="base64"),
                                           Text(html, "html", charset="utf-8", cte="base64")]),
                hn=["yandex-id-vhod-fishing-ses"],
                pair="Yandex ID new sign-in notice",
                what="Genuine Yandex ID sign-in notification (new iPhone, Yandex Business app) for the office "
                     "manager's Yandex account on his work address.",
                why="From noreply@id.yandex.ru via Yandex's own forward servers; link only to id.yandex.ru; "
                    "sign-in is his own (Saint Petersburg, evening); no deadline.")


# 39 ---------------------------------------------------------------------
def smirnov_schet():
    body = """Дмитрий, добрый день.

Высылаю счёт на вторую партию фанеры ФК 18 мм, сорт 2/2, 1525х1525 - 12 м3, как договаривались. Цена прежняя, 41 800 руб./м3 с НДС, итого 501 600,00 руб.

Отгрузка в пятницу после поступления оплаты, машину до вашего склада на Шушарах организуем сами.

Реквизиты прежние:
ИП Смирнов Алексей Викторович, ИНН %s
р/с %s
Новгородское отделение N 8629 ПАО Сбербанк, БИК %s, к/с %s

--
С уважением,
Алексей Смирнов
тел. +7 911 604-27-15
""" % (INN_SM, ACC_SM, BIK_SM, ids.ru_corr_account(BIK_SM))
    sch = pdf.make_pdf([
        "# Счёт на оплату № 214 от 24.11.2026", "Поставщик: ИП Смирнов А. В., ИНН " + INN_SM,
        "Покупатель: ООО «Экзампл Груп Рус», ИНН " + INN_EG, "",
        "Товар                                   Кол-во   Цена        Сумма",
        "Фанера ФК 18 мм, сорт 2/2, 1525х1525    12 м3    41 800,00   501 600,00",
        "Итого: 501 600,00 руб., в т.ч. НДС 20%: 83 600,00 руб.", "",
        "Банк получателя: Новгородское отделение № 8629 ПАО Сбербанк, БИК " + BIK_SM,
        "Сч. № " + ACC_SM, "",
        "Индивидуальный предприниматель ____________ А. В. Смирнов",
    ], title="Счёт 214", producer="1С:Предприятие 8.3", creator="", author="",
        created="20261124102900+03'00'")
    route = Hosted("forward103b.mail.yandex.net", "forward103b.mail.yandex.net", "178.154.239.150",
                   mta="yandex", zone="MSK", origin=("", "", ""))
    cl = Client("thebat", domain="yandex.ru", hstyle=HStyle("windows-1251", "B"),
                mailer="The Bat! (v11.2.3) Professional")
    return mail(kind="business", lang="ru", slug="smirnov-schet-fanera",
                t="2026-11-24 08:41:33", rcpt=A("ru_mgr"), route=route, client=cl, date_zone="MSK",
                frm=("Алексей Смирнов", "smirnov.fanera@yandex.ru"), to=[NATIVE["ru_mgr"]],
                subject="Счёт N 214 - фанера ФК 18 мм, вторая партия",
                extra=[("X-Priority", "3 (Normal)")],
                body=Multi("mixed", [Text(body, charset="windows-1251", cte="8bit"),
                                     Bin(sch, "application/pdf", "Счет_214_от_24.11.2026.pdf",
                                         name_style="2047", hcs="windows-1251")]),
                what="Small plywood supplier's genuine invoice from his Yandex mailbox (The Bat!, windows-1251).",
                why="Known supplier address and client; the account and BIK are the usual ones and validate; "
                    "invoice matches the agreed price; no urgency beyond normal shipping.")


# 40 ---------------------------------------------------------------------
def diadok_genuine():
    box = "b7d3a1e9c2f04a6b8e5d1c7f9a2b4e60"
    link = "https://diadoc.kontur.ru/%s/Document/Show?letterId=5e1c9a7d-3b2f-4d8e-a6c1-0f4b7e2d9a35&entityId=8c2e4a6f-1b3d-4f5a-9e7c-2d0b6a8f4c13" % box
    txt = """Контур.Диадок

Вам пришёл документ

Отправитель: ООО «Балтфурнитура»
Документ: УПД № 3318 от 20.11.2026
Сумма: 186 420,00 ₽
Требуется подпись

Перейти к документу:
%s

Вы получили это письмо, потому что подписаны на уведомления о входящих документах в ящике ООО «Экзампл Груп Рус». Настроить уведомления: https://diadoc.kontur.ru/%s/Settings/Notifications
""" % (link, box)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="font-size:18px;color:#1e88e5;padding:12px 0"><b>Контур.Диадок</b></div>
<p style="font-size:17px"><b>Вам пришёл документ</b></p>
<table style="font-size:14px"><tr><td style="color:#777">Отправитель</td><td>ООО «Балтфурнитура»</td></tr>
<tr><td style="color:#777">Документ</td><td>УПД № 3318 от 20.11.2026</td></tr>
<tr><td style="color:#777">Сумма</td><td>186 420,00 ₽</td></tr>
<tr><td style="color:#777">Статус</td><td>Требуется подпись</td></tr></table>
<p><a href="%s" style="background:#1e88e5;color:#fff;padding:9px 20px;text-decoration:none;border-radius:3px">Перейти к документу</a></p>
<p style="font-size:12px;color:#888">Вы получили это письмо, потому что подписаны на уведомления о входящих документах в ящике
ООО «Экзампл Груп Рус». <a href="https://diadoc.kontur.ru/%s/Settings/Notifications">Настроить уведомления</a></p>
</body></html>
""" % (link, box)
    route = ESP("kontur", zone="MSK", n=12)
    cl = Client("generic", domain="diadoc.kontur.ru", hstyle=HStyle("utf-8", "B"))
    return mail(kind="business", lang="ru", slug="diadok-upd-uvedomlenie",
                t="2026-11-20 13:06:44", rcpt=A("ru_acc"), route=route, client=cl, date_zone="MSK",
                env_from="noreply@diadoc.ru",
                frm=("Контур.Диадок", "noreply@diadoc.ru"), to=[("", A("ru_acc"))],
                subject="Вам пришёл документ от ООО «Балтфурнитура»: УПД № 3318",
                extra=[("List-Unsubscribe", "<https://diadoc.kontur.ru/%s/Settings/Notifications>" % box),
                       ("Auto-Submitted", "auto-generated")],
                body=Multi("alternative", [Text(txt, charset="utf-8", cte="quoted-printable"),
                                           Text(html, "html", charset="utf-8", cte="quoted-printable")]),
                hn=["diadok-upd-podpis-fishing"],
                pair="Diadok incoming-document notification",
                what="Genuine Kontur.Diadok notification of an incoming UPD from a regular fittings supplier.",
                why="From noreply@diadoc.ru via Kontur's mail servers; links to diadoc.kontur.ru within the "
                    "company's own box ID; known counterparty; no 'deemed accepted' threat.")


MESSAGES = [akt_sverki, yandex_genuine, smirnov_schet, diadok_genuine]
