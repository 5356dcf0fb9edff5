# -*- coding: utf-8 -*-
"""Genuine business messages 37-40 (Russian)."""
from msgkit import *  # noqa: F401,F403
from common import ralnum as C_ralnum


@message("business", 37, "ru", "buhgalter-trebovanie-ifns-cherez-ekstern",
         "Internal: the chief accountant tells the director that a tax-office requirement on the Q3 VAT return arrived via Kontur.Extern, the answer is being prepared, and that a fake 'tax office' archive from mail.ru was forwarded to IT",
         "Internal relay from the accountant's mailbox (Outlook, koi8-r as Russian Outlook sends it); describes the official EDI channel, no attachment or link")
def b37():
    p = infra.Internal()
    txt = """Дмитрий Сергеевич, добрый день.

Сегодня через Контур.Экстерн пришло требование Межрайонной ИФНС N 46 о представлении пояснений по декларации по НДС за 3 квартал (расхождения по двум счетам-фактурам ООО "ДезСнаб": у них в книге продаж другая дата). Квитанцию о приёме я уже отправила, срок ответа - пять рабочих дней.

С "ДезСнабом" я связалась, они подадут уточнённую декларацию; пояснения от нас подготовлю к четвергу и отправлю также через Экстерн.

И для информации: вчера на мой адрес пришло письмо якобы из налоговой с архивом под паролем, с адреса на mail.ru. Я его не открывала и переслала Лукасу Рейнхардту в ИТ. Налоговая требования по e-mail не присылает, только через оператора ЭДО.

С уважением,
Елена Морозова
главный бухгалтер
ООО "Экзампл Груп Рус"
"""
    body = alt(txt, html_outlook(txt, "koi8-r", "RU"), "koi8-r", "quoted-printable")
    return make("b37", p, bt(2026, 11, 10, 10, 3, 29), S("ru_acc")[1], S("ru_mgr")[1], S("ru_acc"), S("ru_mgr"),
                "Требование ИФНС по НДС за 3 квартал - пояснения", body, cc=[S("cfo")], lang_tag="ru-RU",
                hdr_cs="koi8-r", hdr_enc="B")


@message("business", 38, "ru", "diadok-uvedomlenie-upd",
         "Genuine Kontur.Diadoc notification: a UPD from the supplier DezSnab has arrived in the company's box and needs a signature",
         "From Kontur's own mail servers, link to diadoc.kontur.ru, matches a real delivery from a known supplier; no deadline threat, no credentials requested in mail")
def b38():
    p = infra.Service(kind="diadoc")
    url = ("https://diadoc.kontur.ru/7c1e2a3b-4d5e-4f60-9a8b-1c2d3e4f5a6b/Document/Show?"
           "letterId=3b9f1c2d-8e7a-4b6c-9d0e-1f2a3b4c5d6e&documentId=a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d")
    txt = """Здравствуйте!

В ящик ООО «Экзампл Груп Рус» в Диадоке пришёл документ от ООО «ДезСнаб» (ИНН %s):

УПД № 1184 от 11.11.2026 на сумму 214 860,00 ₽
Статус: требуется подпись

Посмотреть документ: %s

Вы получили это письмо, потому что подписаны на уведомления о новых документах в Диадоке. Изменить настройки уведомлений можно в разделе «Настройки» вашего ящика.

Контур.Диадок — сервис электронного документооборота
""" % (RU["dezsnab_inn"], url)
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p style="color:#e8443a;font-size:20px"><b>Диадок</b></p>
<p>Здравствуйте!</p>
<p>В ящик ООО «Экзампл Груп Рус» в Диадоке пришёл документ от ООО «ДезСнаб» (ИНН %s):</p>
<p><b>УПД № 1184 от 11.11.2026</b> на сумму 214 860,00 ₽<br>Статус: требуется подпись</p>
<p><a href="%s">Посмотреть документ</a></p>
<p style="font-size:12px;color:#888">Вы получили это письмо, потому что подписаны на уведомления о новых документах в Диадоке. Изменить настройки уведомлений можно в разделе «Настройки» вашего ящика.<br>Контур.Диадок — сервис электронного документооборота</p>
</body></html>
""" % (RU["dezsnab_inn"], esc(url))
    body = alt(txt, html, "utf-8", "quoted-printable")
    return make("b38", p, bt(2026, 11, 11, 14, 20, 5), "noreply@diadoc.kontur.ru", S("ru_acc")[1],
                ("Контур.Диадок", "noreply@diadoc.kontur.ru"), (NATIVE["ru_acc"], S("ru_acc")[1]),
                "Новый документ от ООО «ДезСнаб» в Диадоке", body, hdr_cs="utf-8", hdr_enc="B")


@message("business", 39, "ru", "yandex-id-vhod-nastoyashchiy",
         "Genuine Yandex ID sign-in notice for the company's Yandex Direct account (sign-in from Moscow, Yandex Browser)",
         "From noreply@id.yandex.ru through Yandex's forward servers; link to id.yandex.ru only; sign-in by the office manager himself")
def b39():
    p = infra.Service(kind="yandexid")
    txt = """Здравствуйте, Дмитрий!

Выполнен вход в ваш аккаунт eg-direct-msk на новом устройстве.

Когда: 21 ноября 2026, 08:02 (МСК)
Устройство: Windows, Яндекс Браузер
Где: Москва, Россия

Если это были вы, ничего делать не нужно.
Если нет — зайдите в Яндекс ID и смените пароль: https://id.yandex.ru/security

С уважением,
Яндекс ID
"""
    html = """<html><body style="font-family:'YS Text',Arial,sans-serif;font-size:15px;color:#000">
<div style="max-width:560px;margin:auto"><p style="font-size:22px"><b><span style="color:#fc3f1d">Я</span>ндекс ID</b></p>
<p>Здравствуйте, Дмитрий!</p><p>Выполнен вход в ваш аккаунт <b>eg-direct-msk</b> на новом устройстве.</p>
<p>Когда: 21 ноября 2026, 08:02 (МСК)<br>Устройство: Windows, Яндекс Браузер<br>Где: Москва, Россия</p>
<p>Если это были вы, ничего делать не нужно.<br>Если нет — зайдите в <a href="https://id.yandex.ru/security">Яндекс ID</a> и смените пароль.</p>
<p style="color:#777;font-size:13px">С уважением,<br>Яндекс ID</p></div></body></html>
"""
    body = alt(txt, html, "utf-8", "base64")
    return make("b39", p, bt(2026, 11, 21, 6, 3, 11), "noreply@id.yandex.ru", S("ru_mgr")[1],
                ("Яндекс ID", "noreply@id.yandex.ru"), S("ru_mgr"), "Вход в аккаунт на новом устройстве", body,
                hdr_cs="utf-8", hdr_enc="B")


@message("business", 40, "ru", "dezsnab-schet-na-oplatu",
         "Supplier invoice for prepayment (счёт на оплату) with full bank requisites (BIK, correspondent and settlement account), PDF attached",
         "Known supplier's own domain hosted on Yandex 360, Thunderbird; requisites unchanged and consistent (settlement account key valid for the BIK), contract number, originals via Diadoc")
def b40():
    p = infra.Webmail(kind="yandex", suppress_extra=True,
                      boundary_fn=lambda rnd, i: "------------" + C_ralnum(rnd, 24))
    txt = """Добрый день, Елена!

Направляю счёт на оплату № 2311 от 02.12.2026 по договору поставки № 14/2026 (дезинфицирующие средства, отгрузка на склад в Люберцах 07.12).

Сумма: 96 420,00 руб., в т. ч. НДС 22 %% — 17 387,21 руб.
Оплата: 100 %% предоплата до 04.12.2026.

Реквизиты:
ООО «ДезСнаб»
ИНН %s, КПП %s
р/с %s
АО «АЛЬФА-БАНК», г. Москва
БИК %s
к/с %s

Оригиналы документов отправим через Диадок вместе с УПД после отгрузки.

С уважением,
Ольга Федорова
менеджер по работе с клиентами
ООО «ДезСнаб»
тел. +7 495 640-18-22
""" % (RU["dezsnab_inn"], RU["dezsnab_kpp"], RU["dezsnab_rs"], RU["dezsnab_bik"], RU["dezsnab_ks"])
    pdf = pdf_att([("OOO DezSnab - Schet na oplatu N 2311 ot 02.12.2026", "h"), "(Invoice for prepayment)", "",
                   "Postavshchik: OOO DezSnab, INN " + RU["dezsnab_inn"] + ", KPP " + RU["dezsnab_kpp"],
                   "Bank: AO ALFA-BANK, Moskva  BIK " + RU["dezsnab_bik"] + "  k/s " + RU["dezsnab_ks"],
                   "r/s " + RU["dezsnab_rs"], "",
                   "Pokupatel: OOO Example Group Rus, INN " + RU["eg_ru_inn"] + ", KPP " + RU["eg_ru_kpp"],
                   "Dogovor postavki N 14/2026", "",
                   "1. Dezinficiruyushchee sredstvo, kanistra 5 l x 60        54 000,00",
                   "2. Koncentrat dlya DDD-obrabotok, 1 l x 120              42 420,00",
                   ("Itogo: 96 420,00 RUB, v t.ch. NDS 22% 17 387,21", "b")],
                  "Счет_2311_от_02.12.2026.pdf", title="Schet 2311", author="DezSnab", creator="1C:Enterprise 8.3",
                  producer="1C:Enterprise 8.3", date="D:20261202113000+03'00'")
    body = multipart("mixed", [text(txt, "plain", "windows-1251", "quoted-printable", quote=False, flowed=True), pdf],
                     preamble="This is a multi-part message in MIME format.")
    return make("b40", p, bt(2026, 12, 2, 9, 41, 15), "o.fedorova@dezsnab.ru", S("ru_acc")[1],
                ("Ольга Федорова", "o.fedorova@dezsnab.ru"), (NATIVE["ru_acc"], S("ru_acc")[1]),
                "Счёт на оплату № 2311 от 02.12.2026", body,
                msgid="<4f2a9c71-3e8b-4d0a-b5c6-2a1d9e7f8b34@dezsnab.ru>",
                extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "ru")],
                user_ip="95.165.30.12", hdr_cs="windows-1251", hdr_enc="B")
