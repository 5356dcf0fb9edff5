"""Genuine business messages, Russian (37-40)."""
from common import *

F = "business"


@message(F, "ru", "steklotorg-smena-rekvizitov-oficialno",
         "Genuine bank-detail change from SteKloTorg's accounting (real domain on Yandex 360, web interface): new Alfa-Bank account from 1 Dec 2026, signed letter delivered via Kontur.Diadok, old account accepted until 31 Dec, call-back invited",
         "Real domain and Yandex infrastructure, change documented in the EDO system with qualified e-signature, long transition, phone "
         "verification encouraged. Hard negative of attack/39.")
def b37():
    r = rng("b37")
    t = timez.local("ru", 2026, 11, 18, 10, 20, 33)
    rcpt = "olga.kuznetsova@example.com"
    frm_addr = "buh@steklotorg-nn.ru"
    s = infra.yandex(r, t, rcpt, web=True)
    body = f"""Добрый день, Ольга Викторовна!

Сообщаем, что с 01.12.2026 ООО «СтеклоТорг» переходит на расчётно-кассовое обслуживание в АО «АЛЬФА-БАНК». Новые реквизиты:

Р/с {RU['new_acc']}
{RU['new_bank']}, г. Москва
БИК {RU['new_bik']}
К/с {RU['new_corr']}

Официальное письмо за подписью генерального директора (КЭП) мы направили вам вчера через Контур.Диадок — просим сверить реквизиты по нему. До 31.12.2026 платежи, поступившие на прежний счёт в Волго-Вятском банке ПАО Сбербанк, будут зачислены без проблем.

Если возникнут вопросы, звоните мне по телефону, указанному в договоре: +7 831 413-27-50.

С уважением,
Наталья Андреевна Белова
главный бухгалтер ООО «СтеклоТорг»
ИНН {RU['inn']}, ОГРН {RU['ogrn']}
"""
    root = Text(body, "plain", "utf-8", "base64")
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("From", A("Бухгалтерия СтеклоТорг", frm_addr, "utf-8", "B")),
        ("To", A("Ольга Кузнецова", rcpt, "utf-8", "B")),
        ("Subject", SUBJ("Изменение банковских реквизитов с 01.12.2026", "utf-8", "B")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
        ("Date", s["date"]),
        ("Message-Id", s["mid"]),
    )
    return hdr, root


@message(F, "ru", "yandex-id-vhod-nastoyashchiy",
         "Genuine Yandex ID sign-in notification for the Russian office manager's Yandex account (registered with his work address), from noreply@id.yandex.ru via Yandex's forward servers; links only to id.yandex.ru",
         "Real Yandex sender and infrastructure, login he made himself from a new phone, links to id.yandex.ru. Hard negative of attack/40.")
def b38():
    r = rng("b38")
    t = timez.local("ru", 2026, 10, 10, 21, 14, 2)
    rcpt = "dmitry.sokolov@examplegroup.eu"
    frm_addr = "noreply@id.yandex.ru"
    s = infra.yandex(r, t, rcpt, web=False)
    mid = f"<{r.randint(10**14, 10**15 - 1)}@{r.choice(['sas', 'vla', 'klg'])}1-{rstr(r, HEX, 12)}.qloud-c.yandex.net>"
    plain = """Яндекс ID

Вход с нового устройства

Дмитрий, в ваш аккаунт выполнен вход с нового устройства.

Устройство: iPhone, Яндекс Браузер
Местоположение: Нижний Новгород, Россия
Время: 10 октября 2026 г., 21:12 (МСК)

Если это были вы, ничего делать не нужно.
Если нет, завершите сеансы на других устройствах и смените пароль в разделе «Безопасность»: https://id.yandex.ru/security

Это письмо отправлено автоматически. Пожалуйста, не отвечайте на него.
© 2026 ООО «Яндекс»
"""
    html = html_wrap("""<div style="max-width:560px;margin:0 auto;font-family:'YS Text',Arial,sans-serif;font-size:16px;color:#000">
<p><img src="https://yastatic.net/s3/passport-static/core/_/yandex-id-logo.png" width="120" height="28" alt="Яндекс ID"></p>
<h1 style="font-size:26px;font-weight:500">Вход с нового устройства</h1>
<p>Дмитрий, в ваш аккаунт выполнен вход с нового устройства.</p>
<table style="font-size:15px"><tr><td style="color:#777;padding-right:12px">Устройство</td><td>iPhone, Яндекс Браузер</td></tr>
<tr><td style="color:#777;padding-right:12px">Местоположение</td><td>Нижний Новгород, Россия</td></tr>
<tr><td style="color:#777;padding-right:12px">Время</td><td>10 октября 2026 г., 21:12 (МСК)</td></tr></table>
<p>Если это были вы, ничего делать не нужно.</p>
<p>Если нет, завершите сеансы на других устройствах и смените пароль в разделе <a href="https://id.yandex.ru/security">«Безопасность»</a>.</p>
<p style="font-size:13px;color:#999">Это письмо отправлено автоматически. Пожалуйста, не отвечайте на него.<br>© 2026 ООО «Яндекс»</p></div>""", "ru", charset="utf-8", style="")
    root = Multi("alternative", [Text(plain, "plain", "utf-8", "quoted-printable"), Text(html, "html", "utf-8", "quoted-printable")], s["bnd"]())
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("From", A("Яндекс ID", frm_addr, "utf-8", "B")),
        ("To", rcpt),
        ("Subject", SUBJ("Вход с нового устройства", "utf-8", "B")),
        ("Date", s["date"]),
        ("Message-Id", mid),
        ("X-Yandex-Service", rstr(r, ALNUM, 40) + "=="),
        ("Auto-Submitted", "auto-generated"),
    )
    return hdr, root


@message(F, "ru", "ekspeditor-dokumenty-reysa-thebat",
         "Freight forwarder (sole trader on yandex.ru, The Bat! client, koi8-r 8bit) sends the trip documents for the Moscow - Nizhny Novgorod run with a scan attached as PNG and the invoice number",
         "Known small carrier on his usual Yandex address, consistent client and charset, routine content, image attachment only.")
def b39():
    r = rng("b39")
    t = timez.local("ru", 2026, 11, 13, 17, 30, 12)
    rcpt = "dmitry.sokolov@examplegroup.eu"
    frm_addr = "petrov.perevozki@yandex.ru"
    s = infra.yandex(r, t, rcpt, web=False)
    body = """Здравствуйте, Дмитрий!

Отправляю документы по рейсу 12.11.2026 Москва - Нижний Новгород (гос. номер Е 418 КТ 152): транспортная накладная, акт выполненных работ N 514 и счёт N 514 на 68 000 руб. без НДС. Скан ТН во вложении.

Оригиналы передал с водителем, он будет у вас на складе в понедельник утром.

Следующая загрузка на Москву возможна в среду 18.11, если нужно - подтвердите до вторника.

--
С уважением,
Иван Петров
ИП Петров И. С., грузоперевозки
тел. +7 920 018-44-73
"""
    root = Multi("mixed", [Text(body, "plain", "koi8-r", "8bit"),
                           Attach(photo_png("b39", 420, 300, crack=False), "image/png", "TN_12-11-2026.png")],
                 f"----------{rstr(r, '0123456789ABCDEF', 16)}")
    ts = timez.loc(t, "ru").strftime("%Y%m%d%H%M%S")
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("Date", s["date"]),
        ("From", A("Иван Петров", frm_addr, "koi8-r", "B")),
        ("Reply-To", A("Иван Петров", frm_addr, "koi8-r", "B")),
        ("X-Priority", "3 (Normal)"),
        ("Message-ID", f"<{r.randint(10**8, 2*10**9)}.{ts}@yandex.ru>"),
        ("To", A("Дмитрий Соколов", rcpt, "koi8-r", "B")),
        ("Subject", SUBJ("Документы по рейсу 12.11 Москва - Н.Новгород", "koi8-r", "B")),
        ("X-Mailer", "The Bat! (v11.3.1) Professional"),
        ("MIME-Version", "1.0"),
    )
    return hdr, root


@message(F, "ru", "vnutrennee-zakrytie-goda",
         "Internal notice from the Russian office manager through the internal relay (windows-1251, quoted-printable): year-end closing deadlines for primary documents, advance reports and EDO signatures",
         "Internal sender via mail-int01/Exchange, routine administrative content, mentions the tax office and EDO without asking for anything risky.")
def b40():
    r = rng("b40")
    t = timez.local("ru", 2026, 12, 7, 9, 0, 4)
    rcpt = "olga.kuznetsova@example.com"
    s = infra.exchange_internal(r, t, rcpt, tz="ru", exch="EXCH01")
    plain = """Коллеги, доброе утро!

Напоминаю сроки закрытия 2026 года:

1. Первичные документы (УПД, акты, ТН) за декабрь — в бухгалтерию до 25.12.2026. Документы, пришедшие через Диадок, подписываем в течение двух рабочих дней, не оставляем «на потом».
2. Авансовые отчёты по командировкам — до 21.12.2026.
3. Инвентаризация склада в Кстово — 28.12.2026, ответственный Андрей Михайлов.
4. Все требования и письма из налоговой приходят только через оператора ЭДО. Если кто-то получит «требование ИФНС» обычной почтой с архивом и паролем — ничего не открывайте и перешлите Ольге Викторовне и в ИТ.

Офис 31.12 работает до 14:00.

Спасибо!
Дмитрий Соколов
Руководитель представительства
ООО «Экзампл Рус» | Нижний Новгород
"""
    html = html_wrap(f'<div class="WordSection1">{p_html(plain)}</div>', "ru", charset="windows-1251", style="")
    root = Multi("alternative", [Text(plain, "plain", "windows-1251", "quoted-printable"), Text(html, "html", "windows-1251", "quoted-printable")], exch_bnd(s, 0))
    hdr = [rp("dmitry.sokolov@examplegroup.eu")] + s["trace"] + exch_headers(
        s, A("Соколов Дмитрий", "dmitry.sokolov@examplegroup.eu", "windows-1251", "B"),
        A("Офис Нижний Новгород", "nn-office@examplegroup.eu", "windows-1251", "B"),
        SUBJ("Закрытие 2026 года: сроки сдачи документов", "windows-1251", "B"), lang="ru-RU",
        extra=[("x-originating-ip", "[10.70.1.23]")])
    return hdr, root
