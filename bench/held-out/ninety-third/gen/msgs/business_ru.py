"""Genuine business messages, Russian (37-40)."""
import tpl
from company import RU, S
from compose import att_pdf

MESSAGES = [
    dict(
        n=37, lang="ru", slug="severprodukt-schet-na-oplatu",
        prof=("yandex", dict(webmail=True)),
        frm=("Ирина Волкова", "i.volkova@severprodukt.ru"),
        to=[S("ru_acc")],
        subject="Счёт № 1863 от 28.10.2026 (заявка № 412)",
        when="2026-10-28 15:12:40",
        cs="utf-8", cte="base64", html=True, html_style="plain",
        text="""Ольга, добрый день!

Направляю счёт № 1863 от 28.10.2026 на поставку по заявке № 412 (молочная продукция и бакалея для столовых на Варшавском шоссе и в Зеленограде).

Сумма: 642 300,00 руб., в т.ч. НДС.
Оплата по договору — 14 календарных дней с даты поставки, реквизиты прежние (ПАО Сбербанк).

Оригиналы УПД придут через Диадок после отгрузки.

С уважением,
Ирина Волкова
бухгалтерия ООО «СеверПродукт»
""",
        atts=[att_pdf("Schet_1863_ot_28.10.2026.pdf", [
            "# OOO \"SeverProdukt\" - Schet na oplatu N 1863 ot 28.10.2026",
            "Postavshchik: OOO \"SeverProdukt\", INN " + RU["inn_sever"] + ", OGRN " + RU["ogrn_sever"],
            "Pokupatel: OOO \"Ekzampl Grup Rus\", INN " + RU["inn_example"],
            "Bank: PAO Sberbank, BIK " + RU["bik_sever"] + ", k/s " + RU["corr_sever"],
            "R/s " + RU["acc_sever"],
            "Osnovanie: zayavka N 412, dogovor postavki N 18/24",
            "Itogo k oplate: 642 300,00 rub., v t.ch. NDS",
        ], producer="1C:Enterprise 8.3", author="SeverProdukt", when="D:20261028150411+03'00'")],
        what="Routine supplier invoice (счёт) from the Moscow food supplier's accountant.",
        why="Known contact on the supplier's real domain (severprodukt.ru, hosted on Yandex 360); unchanged Sberbank details with valid BIK/account keys; refers to the usual ЭДО (Диадок) flow.",
        pair=([38], "Same supplier and invoice number as the fake requisites change; genuine mail keeps the Sberbank account."),
    ),
    dict(
        n=38, lang="ru", slug="severprodukt-smena-rekvizitov-korrektno",
        prof=("yandex", dict(webmail=False)),
        frm=("Ирина Волкова", "i.volkova@severprodukt.ru"),
        to=[S("ru_acc")], cc=[S("ru_mgr")],
        subject="Информационное письмо о смене банковских реквизитов с 01.01.2027",
        when="2026-12-10 11:30:55",
        cs="koi8-r", cte="8bit",
        text="""Ольга, добрый день!

Как и обсуждали по телефону с Андреем, с 1 января 2027 года ООО "СеверПродукт" переходит на обслуживание в АО "Альфа-Банк". Информационное письмо за подписью генерального директора и главного бухгалтера прикладываю; оригинал также направлен через Диадок (ЭДО) и почтой.

Новые реквизиты (действуют с 01.01.2027):
р/с %s
АО "Альфа-Банк", г. Москва
БИК %s
к/с %s
ИНН/КПП без изменений: %s/772401001

Все счета, выставленные до 31.12.2026, оплачиваются по старым реквизитам в ПАО Сбербанк. Пожалуйста, перед первой оплатой сверьте реквизиты по телефону с нашей бухгалтерией по номеру из договора. Мы никогда не меняем реквизиты "срочно" и только письмом.

С уважением,
Ирина Волкова
бухгалтерия ООО "СеверПродукт"
""" % (RU["acc_sever_new"], RU["bik_sever_new"], RU["corr_sever_new"], RU["inn_sever"]),
        atts=[att_pdf("Информационное письмо о смене реквизитов.pdf", [
            "# OOO \"SeverProdukt\" - Informatsionnoe pismo ot 09.12.2026 N 214",
            "O smene bankovskikh rekvizitov s 01.01.2027",
            "Novye rekvizity: AO \"Alfa-Bank\", BIK " + RU["bik_sever_new"] + ", k/s " + RU["corr_sever_new"],
            "R/s " + RU["acc_sever_new"],
            "Do 31.12.2026 vklyuchitelno deystvuyut prezhnie rekvizity (PAO Sberbank, r/s " + RU["acc_sever"] + ").",
            "INN " + RU["inn_sever"] + " / KPP 772401001 - bez izmeneniy.",
            "General'nyy direktor ______ S. A. Petrov     Glavnyy bukhgalter ______ I. V. Volkova",
        ], producer="1C:Enterprise 8.3", author="SeverProdukt", when="D:20261209171022+03'00'")],
        what="Genuine requisites change from the supplier: pre-agreed by phone, signed letter also via ЭДО and post, effective from January.",
        why="Real domain and usual Yandex 360 route; change effective only from 01.01.2027, old account stays for open invoices; asks to verify by phone using the contract number; INN/KPP unchanged; all BIK/account keys valid.",
        pair=([38], "Same supplier and topic; genuine change is pre-agreed and delayed, the look-alike attack wants open invoices paid to a new bank now."),
    ),
    dict(
        n=39, lang="ru", slug="yandex-id-vhod-v-akkaunt",
        prof=("yandex_id", {}),
        frm=("Яндекс ID", "noreply@id.yandex.ru"),
        to=[S("ru_acc")],
        subject="Вход в аккаунт Яндекс ID",
        when="2026-11-16 09:05:14",
        cs="utf-8", cte="quoted-printable", html="brand",
        brand=dict(name="Яндекс ID", color="#fc3f1d", logo="Яндекс ID"),
        text="""# Вход в аккаунт

Здравствуйте!

В ваш аккаунт Яндекса olga.morozova@examplegroup.eu выполнен вход:

Дата и время: 16 ноября 2026, 09:04 (МСК)
Устройство: Windows, Яндекс Браузер
Местоположение: Москва, Россия (IP-адрес 95.165.12.84)

Если это были вы, ничего делать не нужно.

Если вы не входили в аккаунт, смените пароль и проверьте настройки безопасности на странице [[Безопасность|https://id.yandex.ru/security]].

С уважением,
команда Яндекс ID
""",
        what="Genuine Yandex ID sign-in notification.",
        why="From Yandex's own mail infrastructure (id.yandex.ru via forward*.mail.yandex.net); informational; link only to id.yandex.ru.",
    ),
    dict(
        n=40, lang="ru", slug="chestny-znak-vebinar-rassylka",
        prof=("esp", dict(helo="mx-out4.sendsay.ru", rdns="mx-out4.sendsay.ru", ip="77.222.58.104",
                          msgid_host="sendsay.ru", zone="Europe/Moscow",
                          post=["X-Mailer: Sendsay", "Feedback-ID: crpt-news:sendsay"],
                          rp="bounce-crpt.48213.7719@sendsay.ru")),
        frm=("Честный ЗНАК", "info@crpt.ru"),
        to=[S("ru_mgr")],
        subject="Вебинар 2 декабря: разрешительный режим для молочной продукции в общепите",
        when="2026-11-25 10:00:00",
        cs="windows-1251", cte="base64",
        hdrs=["List-Unsubscribe: <https://crpt.ru/unsubscribe?u=7719c2a4e8&l=48213>, <mailto:unsubscribe@crpt.ru?subject=unsubscribe>",
              "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
              "Precedence: bulk"],
        html=tpl.newsletter_html("Честный ЗНАК — новости для участников оборота", [
            ("Вебинар: разрешительный режим на кассах для молочной продукции",
             "2 декабря в 11:00 (МСК) эксперты оператора расскажут, как работает проверка кодов маркировки на кассе для предприятий общественного питания и что делать при блокировке продажи.",
             ("Зарегистрироваться", "https://xn--80ajghhoc2aj1c8b.xn--p1ai/lectures/vebinary/?ELEMENT_ID=448213")),
            ("Изменения в правилах вывода из оборота",
             "Обзор изменений для организаций, использующих молочную продукцию для приготовления блюд.",
             ("Подробнее", "https://xn--80ajghhoc2aj1c8b.xn--p1ai/business/projects/milk/")),
        ], "https://crpt.ru/unsubscribe?u=7719c2a4e8&l=48213", "windows-1251", color="#1d1d1b", lang="ru",
            unsub_label="Отписаться от рассылки", footer="ООО «Оператор-ЦРПТ», Москва"),
        text="""Честный ЗНАК — новости для участников оборота

Вебинар: разрешительный режим на кассах для молочной продукции
2 декабря в 11:00 (МСК) эксперты оператора расскажут, как работает проверка кодов маркировки на кассе для предприятий общественного питания и что делать при блокировке продажи.
Регистрация: https://честныйзнак.рф/lectures/vebinary/?ELEMENT_ID=448213

Изменения в правилах вывода из оборота
https://честныйзнак.рф/business/projects/milk/

Отписаться от рассылки: https://crpt.ru/unsubscribe?u=7719c2a4e8&l=48213
ООО «Оператор-ЦРПТ», Москва
""",
        what="Genuine information mailing from the labelling-system operator (webinar invitation), sent via a Russian ESP.",
        why="Subscribed operator newsletter from crpt.ru via the ESP with List-Unsubscribe; links to the operator's own domains (честныйзнак.рф / crpt.ru); no threat, no credential request.",
        pair=([39], "Same 'Честный ЗНАК' branding; genuine mailing invites to a webinar, the attack threatens a block and asks for the qualified signature."),
    ),
]
