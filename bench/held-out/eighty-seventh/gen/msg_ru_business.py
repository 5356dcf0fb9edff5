"""Russian genuine business messages (37-40)."""
from company import S, RU_BANK
from common import pdf_att
from infra import TLS12, TLS13
from sigs import sig


def messages():
    M = []
    su = RU_BANK["sevupak"]
    eg = RU_BANK["eg_ru"]
    # ----------------------------------------------------------------- 37
    M.append(dict(
        slug="zakrytie-goda-grafik",
        date="2026-11-23 10:03:17", zone="RU",
        frm=S("ru_acc", native=True), to=[S("ru_mgr", native=True)], cc=[S("cfo")],
        subject="Закрытие 2026 года: график и сроки предоставления документов",
        via="internal_exchange", via_opts=dict(lang="ru-RU"),
        charset="koi8-r", cte="quoted-printable", html="auto",
        text="""Сергей Николаевич, добрый день!

Направляю график закрытия 2026 года по ООО «Экзампл Груп Рус». Сабину ставлю в копию для консолидации в Ганновере.

1. До 4 декабря – акты сверки с поставщиками (Северная Упаковка, перевозчики, аренда).
2. До 11 декабря – инвентаризация сырья и готовой продукции на складе и в трёх кафе.
3. До 18 декабря – авансовые отчёты и документы по командировкам.
4. 25 декабря – последний день приёма первичных документов за 2026 год.
5. 15 января – пакет отчётности для HQ (МСФО) по форме группы.

Напоминаю, что с 1 января НДС по основной ставке 22%%, прошу предупредить кафе, чтобы цены в кассах были перепроверены к 31 декабря.

Все первичные документы от поставщиков принимаем только через Диадок или оригиналы – сканы по почте к учёту не берём.

С уважением,
Ольга

%s""" % sig("ru_acc", native=True),
        what="Genuine internal year-end closing schedule from the Russian office's chief accountant to the general director, CFO in copy.",
        why="Internal relay/Exchange path, real mailboxes, routine accounting content, no links, no payments, no attachments.",
    ))
    # ----------------------------------------------------------------- 38
    M.append(dict(
        slug="severnaya-upakovka-schet-rekvizity-dogovora",
        date="2026-11-13 15:21:09", zone="RU",
        frm=("Марина Кузнецова", "m.kuznetsova@sev-upak.ru"), to=[S("ru_acc", native=True)],
        subject="Счёт № 1207 от 13.11.2026 – ООО «Северная Упаковка»",
        via="smtp_client",
        via_opts=dict(client="thebat", out=("mail.sev-upak.ru", "mail.sev-upak.ru", "95.213.204.66"),
                      sub_host="mail.sev-upak.ru", public_ip="95.213.204.65", public_rdns="gw.sev-upak.ru", zone="RU"),
        org="ООО «Северная Упаковка»",
        charset="windows-1251", cte="8bit",
        text="""Ольга, добрый день!

Направляю счёт № 1207 от 13.11.2026 на коробки для тортов и пакеты с логотипом по вашей заявке от 09.11.

Сумма: 315 443,20 руб., в т.ч. НДС 22%% – 56 883,20 руб.
Срок оплаты: 10 банковских дней.

Оплата по реквизитам договора (без изменений):
Получатель: ООО «Северная Упаковка», ИНН %s, КПП %s
Р/с %s
%s
БИК %s, к/с %s

УПД направим через Диадок в день отгрузки.

--
С уважением,
Марина Кузнецова
менеджер по работе с клиентами
ООО «Северная Упаковка»
тел. +7 (812) 448-17-20, доб. 114""" % (su["inn"], su["kpp"], su["rs"], su["bank"], su["bik"], su["ks"]),
        attach=[pdf_att("Schet_1207_13.11.2026.pdf", [
            "# OOO Severnaya Upakovka", "Schet na oplatu No 1207 ot 13.11.2026",
            "INN %s / KPP %s" % (su["inn"], su["kpp"]), "",
            "Pokupatel: OOO Example Group Rus, INN %s" % eg["inn"], "---",
            "Korobka dlya torta 300x300x150, pechat 1+0       6 000 sht   22,50   135 000,00",
            "Paket bumazhnyi s logotipom 220x120x290          12 000 sht   9,13   109 560,00",
            "Vkladysh podlozhka zolotaya d=280                 4 000 sht   3,50    14 000,00",
            "Itogo bez NDS 258 560,00    NDS 22% 56 883,20",
            "## Vsego k oplate 315 443,20 RUB", "---",
            "Bank: PAO Sberbank, BIK %s, k/s %s" % (su["bik"], su["ks"]), "R/s %s" % su["rs"]],
            title="Schet 1207", producer="1C:Predpriyatie 8.3", created="20261113151803+03'00'")],
        what="Genuine invoice (счёт) from the packaging supplier with the contractual Sberbank details.",
        why="Supplier's real domain sev-upak.ru and own mail server, The Bat! client as usual; bank details explicitly unchanged (account with valid control key for its BIK); UPD via Diadoc.",
        pair=["severnaya-upakovka-lookalike-rekvizity"],
        pair_note="Same supplier and invoice 1207; genuine from sev-upak.ru with the Sberbank account from the contract, the attack from sev-upak.com switches to a new bank.",
    ))
    # ----------------------------------------------------------------- 39
    M.append(dict(
        slug="diadok-upd-postupil",
        date="2026-11-19 09:11:28", zone="RU",
        frm=("Диадок", "noreply@diadoc.ru"), to=[S("ru_acc", native=True)],
        subject="Вам пришёл документ от ООО «Северная Упаковка»",
        via="smtp_client",
        via_opts=dict(client="script", out=("mail-out2.kontur.ru", "mail-out2.kontur.ru", "46.17.200.112"),
                      sub_style="local", sub_host="diadoc-mailer3.kontur.ru", zone="RU", tls=TLS13),
        charset="utf-8", cte="base64", html="brand", html_cte="base64",
        brand=dict(name="Диадок", color="#0075c9", button=("Открыть документ", "https://diadoc.kontur.ru/7a3c41e2-9f08-4d55-b2e6-3d1f0c8a9b47/Document/Show?letterId=5e2b9d14-08a7-4c3f-9e61-b7d0a2c4f813"),
                   footer="Это письмо отправлено автоматически сервисом Диадок (СКБ Контур).\nНастроить уведомления: diadoc.kontur.ru"),
        text="""В ящик ООО «ЭКЗАМПЛ ГРУП РУС» поступил документ

От: ООО «Северная Упаковка», ИНН %s
Документ: УПД № 1207 от 18.11.2026
Сумма: 315 443,20 ₽, в т.ч. НДС 56 883,20 ₽
Требуется подпись

[[Открыть документ|https://diadoc.kontur.ru/7a3c41e2-9f08-4d55-b2e6-3d1f0c8a9b47/Document/Show?letterId=5e2b9d14-08a7-4c3f-9e61-b7d0a2c4f813]]

Вы получили это письмо, потому что подписаны на уведомления о входящих документах в Диадоке.""" % su["inn"],
        what="Genuine Kontur.Diadoc notification of an incoming UPD from the packaging supplier, matching invoice 1207.",
        why="Sent by Kontur's mail infrastructure from the diadoc.ru notification address; link to diadoc.kontur.ru; document matches the genuine invoice; no password or urgency tricks.",
        pair=["diadok-dokument-podpis"],
        pair_note="Both announce a Diadoc document from the same supplier; the genuine one links to diadoc.kontur.ru and matches invoice 1207, the attack links to diadok-edo.ru and threatens auto-rejection.",
    ))
    # ----------------------------------------------------------------- 40
    M.append(dict(
        slug="yandex-id-novyi-vkhod",
        date="2026-10-26 08:47:55", zone="RU",
        frm=("Яндекс ID", "noreply@id.yandex.ru"), to=[("", "olga.smirnova@example.com")],
        subject="Вход в аккаунт olga.smirnova@example.com",
        via="yandex", via_opts=dict(web=False),
        charset="utf-8", cte="base64", html="brand", html_cte="base64", plain_links="url",
        brand=dict(name="Яндекс ID", color="#fc3f1d", button=("Проверить историю входов", "https://id.yandex.ru/security/devices"),
                   footer="© 2026 ООО «Яндекс»\nЭто автоматическое письмо, отвечать на него не нужно."),
        text="""Здравствуйте, Ольга!

В ваш аккаунт olga.smirnova@example.com выполнен вход с нового устройства.

Устройство: Windows 11, Яндекс Браузер
Местоположение: Санкт-Петербург, Россия
Время: 26 октября 2026, 08:47 (МСК)

Если это были вы, ничего делать не нужно.
Если нет — смените пароль и проверьте историю входов:
https://id.yandex.ru/security/devices

С уважением,
Яндекс ID""",
        what="Genuine Yandex ID new-sign-in notice for the account the Russian office uses for Yandex Business/Maps listings.",
        why="Sent by Yandex's own forwarders from id.yandex.ru; informational; links only to id.yandex.ru; no request to enter data via the mail.",
    ))
    return M
