"""Attack messages, Russian (37-40)."""
from common import *

F = "attack"
INN_EX = "5261083748"      # ООО «Экзампл Рус»


@message(F, "ru", "ifns-trebovanie-zip-parol",
         "Tax-office malware lure: 'Межрайонная ИФНС России N 18' sends a 'requirement to provide explanations' under art. 88 of the Tax Code with a ZipCrypto-encrypted ZIP (password in text) containing a .pdf.scr file; koi8-r, 8bit",
         "Russian tax requirements are delivered through the EDO/TKS operator, never as e-mail attachments from a look-alike domain "
         "(ifns18-nalog.ru on a REG.RU VPS); encrypted archive with a screensaver executable disguised as PDF; penalty threat under art. 129.1.")
def a37():
    r = rng("a37")
    t = timez.local("ru", 2026, 11, 12, 11, 5, 30)
    rcpt = "olga.kuznetsova@example.com"
    frm_addr = "trebovanie@ifns18-nalog.ru"
    s = infra.postfix_auth(r, t, rcpt, "mail.ifns18-nalog.ru", "188-120-231-44.cloudvps.regruhosting.ru", "188.120.231.44",
                           "mail.ifns18-nalog.ru", "176.113.115.89", frm_addr, tz="ru")
    pw = "4471"
    body = f"""Межрайонная ИФНС России N 18 по Нижегородской области

ТРЕБОВАНИЕ N 52-18/4471 о представлении пояснений

Уважаемый налогоплательщик!

В соответствии с пунктом 3 статьи 88 Налогового кодекса Российской Федерации в ходе камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 года выявлены расхождения между сведениями об операциях, отражёнными в декларации ООО "Экзампл Рус" (ИНН {INN_EX}), и сведениями, представленными вашими контрагентами.

Вам необходимо в течение пяти рабочих дней со дня получения настоящего требования представить пояснения либо внести соответствующие исправления в налоговую декларацию.

Требование и перечень операций с расхождениями (приложение N 1) направлены во вложении. В целях соблюдения налоговой тайны (статья 102 НК РФ) архив защищён паролем: {pw}

Непредставление пояснений в установленный срок влечёт ответственность, предусмотренную статьёй 129.1 НК РФ.

Заместитель начальника инспекции
советник государственной гражданской службы РФ 2 класса
Е. В. Смирнова
"""
    z = zip_att([("Требование_52-18-4471_Приложение_1.pdf.scr", PLACEHOLDER, (2026, 11, 12, 10, 52, 18))],
                "Требование_52-18-4471.zip", password=pw, seed="a37", name_style="encoded-word")
    root = Multi("mixed", [Text(body, "plain", "koi8-r", "8bit"), z], infra.outlook_boundary(r, t, 0))
    hdr = [rp(frm_addr)] + s["trace"] + outlook_desktop_headers(
        r, s, A("Межрайонная ИФНС России N 18", frm_addr, "koi8-r", "B"), rcpt,
        SUBJ("Требование о представлении пояснений N 52-18/4471 от 12.11.2026", "koi8-r", "B"), "ifns18-nalog.ru", lang="ru")
    return hdr, root


@message(F, "ru", "diadok-upd-podpis-phish",
         "EDO credential phishing: 'Контур.Диадок' says a УПД from the real supplier ООО «СтеклоТорг» awaits signature and links to a fake Diadok login; windows-1251",
         "Diadok notifications link to diadoc.kontur.ru; this one comes from diadok-uvedomlenie.ru on a VDSina VPS and links to "
         "diadok-vhod.ru, a look-alike login that harvests EDO credentials (which can sign documents with the company's e-signature).")
def a38():
    r = rng("a38")
    t = timez.local("ru", 2026, 11, 25, 9, 30, 2)
    rcpt = "olga.kuznetsova@example.com"
    frm_addr = "noreply@diadok-uvedomlenie.ru"
    s = infra.postfix_auth(r, t, rcpt, "mail.diadok-uvedomlenie.ru", "v1287441.hosted-by-vdsina.com", "45.87.154.212",
                           "mail.diadok-uvedomlenie.ru", "127.0.0.1", frm_addr, tz="ru", client_helo="localhost")
    link = "https://diadok-vhod.ru/auth/login?ReturnUrl=%2Fdocument%2F7c1e0a52-3f84-4b1d-9e6a-1187"
    plain = f"""Контур.Диадок

Здравствуйте!

Вам поступил документ от ООО «СтеклоТорг» (ИНН 5262158731):
Универсальный передаточный документ № 1187 от 18.11.2026 на сумму 486 300,00 руб., в т. ч. НДС.

Документ ожидает вашей подписи. Срок подписания по регламенту — 3 рабочих дня.

Перейти к документу: {link}

Это письмо отправлено автоматически, отвечать на него не нужно.
С уважением, команда Контур.Диадока
"""
    html = html_wrap(f"""<div style="font-family:Arial,sans-serif;max-width:600px">
<div style="padding:12px 0;border-bottom:2px solid #1e79be;font-size:20px;color:#1e79be"><b>Контур.Диадок</b></div>
<p>Здравствуйте!</p>
<p>Вам поступил документ от <b>ООО «СтеклоТорг»</b> (ИНН 5262158731):<br>Универсальный передаточный документ № 1187 от 18.11.2026 на сумму 486 300,00 руб., в т. ч. НДС.</p>
<p>Документ ожидает вашей подписи. Срок подписания по регламенту — 3 рабочих дня.</p>
<p><a href="{link}" style="background:#1e79be;color:#fff;padding:9px 18px;text-decoration:none">Перейти к документу</a></p>
<p style="font-size:12px;color:#777">Это письмо отправлено автоматически, отвечать на него не нужно.<br>С уважением, команда Контур.Диадока</p></div>""", "ru", charset="windows-1251")
    root = Multi("alternative", [Text(plain, "plain", "windows-1251", "quoted-printable"), Text(html, "html", "windows-1251", "quoted-printable")], phpmailer_boundary(r))
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("Date", s["date"]),
        ("To", rcpt),
        ("From", A("Контур.Диадок", frm_addr, "windows-1251", "B")),
        ("Subject", SUBJ("Вам поступил документ от ООО «СтеклоТорг»: УПД № 1187 (требуется подпись)", "windows-1251", "B")),
        ("Message-ID", phpmailer_mid(r, "diadok-uvedomlenie.ru")),
        ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
    )
    return hdr, root


@message(F, "ru", "steklotorg-smena-rekvizitov-lookalike",
         "Supplier bank-detail change: 'Бухгалтерия ООО «СтеклоТорг»' from look-alike steklotorg-nnov.ru (real: steklotorg-nn.ru) announces a new Promsvyazbank account and asks to pay two invoices there; windows-1251 base64",
         "Look-alike domain on a Timeweb VPS, change announced only by e-mail with 'letter to follow by post', unlike the supplier's practice of "
         "signed letters via EDO (business/37); asks to pay open invoices immediately and to confirm by reply. The account numbers are formally valid (BIK key).")
def a39():
    r = rng("a39")
    t = timez.local("ru", 2026, 11, 16, 10, 40, 12)
    rcpt = "olga.kuznetsova@example.com"
    frm_addr = "buh@steklotorg-nnov.ru"
    s = infra.postfix_auth(r, t, rcpt, "mail.steklotorg-nnov.ru", "5-35-88-121.cloudvps.timeweb.ru", "5.35.88.121",
                           "mail.steklotorg-nnov.ru", "95.214.27.40", frm_addr, tz="ru")
    body = f"""Добрый день!

Уведомляем вас об изменении банковских реквизитов ООО «СтеклоТорг» с 16.11.2026 г. в связи с переводом расчётно-кассового обслуживания в другой банк.

Просим оплату по счетам № 1187 от 10.11.2026 и № 1203 от 13.11.2026 производить по новым реквизитам:

Получатель: ООО «СтеклоТорг»
ИНН 5262158731 / КПП 526201001
Р/с {RU['fraud_acc']}
Банк: {RU['fraud_bank']}, г. Москва
БИК {RU['fraud_bik']}
К/с {RU['fraud_corr']}

Платежи на прежний счёт в Волго-Вятском банке ПАО Сбербанк с указанной даты приниматься не будут. Официальное письмо на фирменном бланке с подписью генерального директора направим почтой.

Просим подтвердить получение письма ответным сообщением.

С уважением,
главный бухгалтер
Н. А. Белова
ООО «СтеклоТорг»
"""
    root = Text(body, "plain", "windows-1251", "base64")
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("Message-ID", tb_mid(r, "steklotorg-nnov.ru")),
        ("Date", s["date"]),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "ru"),
        ("To", rcpt),
        ("From", A("Бухгалтерия ООО «СтеклоТорг»", frm_addr, "windows-1251", "B")),
        ("Subject", SUBJ("Изменение банковских реквизитов ООО «СтеклоТорг»", "windows-1251", "B")),
    )
    return hdr, root


@message(F, "ru", "yandex-id-vhod-phish",
         "Account phishing: fake 'Яндекс ID' new-sign-in alert (Windows, Amsterdam) with an 'It wasn't me – change password' button to a look-alike passport page",
         "Sender domain yandex-id-security.ru (not id.yandex.ru / Yandex infrastructure), link to passport.yandex.ru.id-security.help "
         "(subdomain trick), midnight send. Compare business/38, the genuine Yandex ID sign-in notice.")
def a40():
    r = rng("a40")
    t = timez.local("ru", 2026, 12, 6, 23, 48, 17)
    rcpt = "dmitry.sokolov@examplegroup.eu"
    frm_addr = "id@yandex-id-security.ru"
    s = infra.postfix_auth(r, t, rcpt, "mail.yandex-id-security.ru", None, "147.45.79.30",
                           "mail.yandex-id-security.ru", "127.0.0.1", frm_addr, tz="ru", client_helo="localhost")
    link = "https://passport.yandex.ru.id-security.help/auth/restore?retpath=security&uid=1130000058231947"
    plain = f"""Яндекс ID

Вход в аккаунт с нового устройства

Здравствуйте, Дмитрий!

В ваш аккаунт dmitry.sokolov@examplegroup.eu выполнен вход с нового устройства.

Устройство: Windows 10, Chrome 131
Местоположение: Амстердам, Нидерланды (IP 185.107.56.201)
Время: 6 декабря 2026, 23:41 (МСК)

Если это были вы, ничего делать не нужно.
Если вы не входили в аккаунт, срочно смените пароль: {link}

С уважением,
команда Яндекс ID
"""
    html = html_wrap(f"""<div style="font-family:Arial,sans-serif;max-width:560px">
<p style="font-size:20px"><b><span style="color:#fc3f1d">Я</span>ндекс ID</b></p>
<h2 style="font-weight:normal">Вход в аккаунт с нового устройства</h2>
<p>Здравствуйте, Дмитрий!</p><p>В ваш аккаунт <b>dmitry.sokolov@examplegroup.eu</b> выполнен вход с нового устройства.</p>
<table style="font-size:14px"><tr><td style="color:#777">Устройство</td><td>Windows 10, Chrome 131</td></tr>
<tr><td style="color:#777">Местоположение</td><td>Амстердам, Нидерланды (IP 185.107.56.201)</td></tr>
<tr><td style="color:#777">Время</td><td>6 декабря 2026, 23:41 (МСК)</td></tr></table>
<p>Если это были вы, ничего делать не нужно.</p>
<p><a href="{link.replace('&', '&amp;')}" style="background:#ffdb4d;color:#000;padding:10px 20px;text-decoration:none;border-radius:8px">Это был не я — сменить пароль</a></p>
<p style="color:#777;font-size:12px">С уважением,<br>команда Яндекс ID</p></div>""", "ru", charset="utf-8")
    root = Multi("alternative", [Text(plain, "plain", "utf-8", "quoted-printable"), Text(html, "html", "utf-8", "quoted-printable")], phpmailer_boundary(r))
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("Date", s["date"]),
        ("To", rcpt),
        ("From", A("Яндекс ID", frm_addr, "utf-8", "B")),
        ("Subject", SUBJ("Вход в аккаунт с нового устройства", "utf-8", "B")),
        ("Message-ID", phpmailer_mid(r, "yandex-id-security.ru")),
        ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
    )
    return hdr, root
