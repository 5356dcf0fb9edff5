# -*- coding: utf-8 -*-
"""Genuine business messages 37-40 (Russian)."""
from common import *  # noqa: F401,F403
from company import NEV_BIK, NEV_INN, NEV_KPP, NEV_KS, NEV_RS


def b37():
    lines = [("NEVSKY FORWARDING LLC (OOO Nevskaya Ekspeditsiya)", 13, True),
             "11 Kronshtadtskaya St., St. Petersburg, Russia - INN %s / KPP %s" % (NEV_INN, NEV_KPP), "",
             ("INVOICE No. 2211 dated 12.11.2026 (English copy)", 12, True), "",
             "Customer: Example Shipping & Port Services GmbH, Representative office St. Petersburg", "",
             ("Service                                                          Amount RUB", 9, True),
             ("Container forwarding Port of St. Petersburg - Shushary, October 2026   233,287.87", 9, False),
             ("VAT 22%                                                                  51,322.13", 9, False),
             ("Total                                                                   284,610.00", 10, True), "",
             "Due date: 26.11.2026",
             "Bank: PJSC Sberbank, North-West Bank, St. Petersburg - BIC " + NEV_BIK,
             "Corr. account: " + NEV_KS, "Settlement account: " + NEV_RS, "",
             "Originals of the invoice and the reconciliation act are sent via EDI (Diadoc)."]
    text = """\
Ольга, добрый день!

Направляю счет 2211 от 12.11.2026 за экспедирование контейнеров (порт Санкт-Петербург - склад Шушары) за октябрь, а также акт сверки взаиморасчетов за 3 квартал. Английская копия счета для вашей бухгалтерии в Гамбурге во вложении (PDF).

Сумма к оплате: 284 610,00 руб., в т.ч. НДС 22%% 51 322,13 руб.
Срок оплаты: 26.11.2026

Реквизиты без изменений:
Получатель: ООО "Невская экспедиция"
ИНН/КПП: %s / %s
Р/с: %s
Банк: ПАО Сбербанк, Северо-Западный банк
БИК: %s
К/с: %s

Оригиналы счета и акта сверки направим через Диадок.

С уважением,
Игорь Волков
Руководитель отдела экспедирования
ООО "Невская экспедиция"
Санкт-Петербург, ул. Кронштадтская, 11""" % (NEV_INN, NEV_KPP, NEV_RS, NEV_BIK, NEV_KS)
    return Mail("ru", "nevskaya-schet-akt-sverki", "postfix", (2026, 11, 12, 11, 35, 48),
                ("Игорь Волков", "i.volkov@nevexp.ru"), [S("ru_acc")], "Счет 2211 от 12.11.2026 и акт сверки",
                B.mixed(B.plain(text, "koi8-r", "8bit"),
                        pdf_part("Invoice_2211_12-11-2026_EN.pdf", lines, title="Invoice 2211", author="Nevsky Forwarding",
                                 producer="1C:Enterprise 8.3 PDF", creator="1C:Enterprise", date="20261112113000+03'00'")),
                cc=[S("ru_mgr")], hcs=("koi8-r", "B"),
                p=dict(mta=("mail.nevexp.ru", "185.12.94.37"), client_ip=("ppp-95-55-144-21.pppoe.spb.ertelecom.ru",
                                                                          "95.55.144.21"),
                       lan="192.168.88.24", ua="thunderbird"),
                what="Sub-agent's invoice and reconciliation act; bank details explicitly unchanged",
                why="Nevsky Forwarding's real nevexp.ru server from its St. Petersburg office line; Sberbank NW "
                    "details pass the BIK key check and match earlier payments; originals via EDI.")


def b38():
    text = """\
Здравствуйте, Ольга!

В ваш аккаунт olga.kuznetsova@examplegroup.eu выполнен вход с нового устройства.

Когда: 21 ноября 2026 в 20:13 (МСК)
Где: Санкт-Петербург, Россия
Устройство: Windows, браузер Chrome

Если это были вы, ничего делать не нужно.

Если вы не входили в аккаунт, [[смените пароль|https://id.yandex.ru/security]] и проверьте [[историю входов|https://id.yandex.ru/security/enter-methods]].

С заботой о вашей безопасности,
команда Яндекс ID"""
    return Mail("ru", "yandex-id-vhod-novoe-ustroystvo", "service", (2026, 11, 21, 20, 14, 2),
                ("Яндекс ID", "noreply@id.yandex.ru"), [S("ru_acc")],
                "Вход в аккаунт с нового устройства",
                B.alt(text, "brand", "utf-8", "base64", brand="Яндекс ID", color="#fc3f1d", lang="ru",
                      linkstyle="bracket", footer="© 2026 ООО «Яндекс»"),
                hcs=("utf-8", "B"), p=dict(svc="yandex_id"),
                what="Genuine Yandex ID new-device sign-in notification",
                why="Yandex's real sender and forward*.mail.yandex.net infrastructure; links only to id.yandex.ru; "
                    "location matches the recipient's city; informational.")


def b39():
    text = """\
Алексей, доброе утро!

Пишу с личной почты, рабочий ноутбук остался в офисе. Я заболела, утром была у врача, открыт электронный больничный - номер пришлю, как только он появится на Госуслугах.

По срочному: счет Невской экспедиции 2211 проведен, платеж в клиент-банке ждет вашей подписи (реквизиты сверила с прошлыми платежами, все совпадает). Акт сверки за 3 квартал подпишу, когда выйду.

Надеюсь вернуться к четвергу.

Ольга"""
    return Mail("ru", "bolnichnyy-lichnaya-pochta-yandex", "webmail", (2026, 11, 30, 8, 5, 31),
                ("Ольга Кузнецова", "olga.kuz1987@yandex.ru"), [S("ru_mgr")], "Больничный",
                B.alt(text, "simple", "utf-8", "base64"), hcs=("utf-8", "B"), p=dict(kind="yandex"),
                what="Colleague's sick-leave note from her private Yandex mailbox",
                why="Her known private address on Yandex's real infrastructure; electronic sick leave via "
                    "Gosuslugi; the pending payment stays in the bank client for the manager's signature to the "
                    "verified account.")


def b40():
    text = """\
Коллеги, добрый день!

Передаю информацию от IT-отдела в Гамбурге (Ларс Петерсен):

1. В субботу, 12.12.2026, с 10:00 до 14:00 (МСК) будут проводиться плановые работы на почтовых серверах группы. В это время возможны задержки доставки писем, Outlook может запросить повторный вход - это нормально.
2. После работ квоты почтовых ящиков будут увеличены автоматически. Никаких действий с вашей стороны не требуется: ничего подтверждать, переходить по ссылкам или вводить пароль не нужно.
3. IT-отдел никогда не запрашивает пароль по почте или по ссылке. Если вам придет письмо о «переполненном ящике» или «подтверждении учетной записи», не открывайте ссылку и перешлите письмо на it-security@example.com.

Вопросы по работе почты - в Service Desk: +49 40 6395 210-333 или через портал заявок.

С уважением,
Алексей Смирнов
Руководитель представительства
Example Group, Санкт-Петербург"""
    return Mail("ru", "it-planovye-raboty-pochta-vnutr", "exchange", (2026, 12, 9, 16, 40, 12), S("ru_mgr"),
                [("Офис Санкт-Петербург", "office-spb@examplegroup.eu")],
                "Плановые работы на почтовом сервере 12.12 и новые квоты",
                B.alt(text, "outlook", "windows-1251"), rcpt="olga.kuznetsova@examplegroup.eu",
                hcs=("windows-1251", "B"), p=dict(content_lang="ru-RU"),
                what="Internal IT maintenance notice (mail quotas) forwarded by the St. Petersburg manager",
                why="Internal relay; no link, no password request; explicitly warns about 'mailbox full' phishing.")


def messages():
    return [b37(), b38(), b39(), b40()]
