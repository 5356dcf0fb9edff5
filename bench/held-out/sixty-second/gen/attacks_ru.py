"""Russian attack messages 37-40."""
import banking as bk
import files
import infra as I
from common import Mail, T, plus, rdate, addr, hval, text, attach, multipart, alt, html_doc, html_text, S

EXG_RU_INN = bk.ru_inn10("770381426")
SEM_INN = bk.ru_inn10("772719350")


def a37():
    m = Mail("attack", 37, "ru", "fns-trebovanie-zip-parol")
    ids = m.ids
    t = T("2026-11-19 07:14:36")
    rc = S("ru_acc")
    dom = "nalog-gov.ru"
    host = "5-35-91-244.cloudvps.regruhosting.ru"
    sender = "trebovanie@" + dom
    rec = [
        I.mx(ids, "mail." + dom, host, "5.35.91.244", rc.email, plus(t, 2)),
        I.postfix(ids, "mail." + dom, "localhost", "localhost", "127.0.0.1", plus(t, 1), zone="MSK", auth=True),
    ]
    pwd = "41873"
    z = files.zip_bytes([("Требование_18-22_41873.pdf.exe", b"inert placeholder - not an executable\n")],
                        password=pwd.encode(), date_time=(2026, 11, 19, 10, 2, 44), seed=b"a37")
    plain = (
        "Уважаемый налогоплательщик!\n\n"
        "В соответствии с пунктом 3 статьи 88 Налогового кодекса Российской Федерации в ходе камеральной "
        "налоговой проверки налоговой декларации по налогу на добавленную стоимость за 3 квартал 2026 года, "
        "представленной ООО «Экзампл Груп Рус» (ИНН %s, КПП 770301001), выявлены расхождения между "
        "сведениями об операциях, содержащимися в декларации, и сведениями, содержащимися в декларациях "
        "ваших контрагентов.\n\n"
        "Вам необходимо в течение пяти рабочих дней представить пояснения или внести соответствующие "
        "исправления в налоговую декларацию. Требование № 18-22/41873 от 19.11.2026 с перечнем расхождений "
        "направлено во вложении.\n\n"
        "В целях соблюдения налоговой тайны архив защищён паролем: %s\n\n"
        "Непредставление пояснений в установленный срок влечёт ответственность, предусмотренную статьёй "
        "129.1 НК РФ.\n\n"
        "Инспекция Федеральной налоговой службы № 3 по г. Москве\n") % (EXG_RU_INN, pwd)
    body = multipart("mixed", [
        text(plain, "plain", "koi8-r", "8bit"),
        attach(z, "application/zip", "Требование_18-22_41873.zip", fn_style="rfc2231", charset="utf-8"),
    ], "=_" + ids.hex(32))
    hs = [
        ("MIME-Version", "1.0"),
        ("Date", rdate(t, "MSK")),
        ("From", addr("ИФНС России № 3 по г. Москве", sender, "koi8-r", "B", "KOI8-R")),
        ("To", rc.email),
        ("Subject", hval("Требование о представлении пояснений № 18-22/41873 от 19.11.2026", "koi8-r", "B", "KOI8-R")),
        ("Message-ID", ids.mid_hexat(dom)),
        ("X-Sender", sender),
        ("User-Agent", "Roundcube Webmail/1.6.6"),
    ]
    return m.finish("<%s>" % sender, rec, hs, body,
        "Fake tax-office demand: 'ИФНС № 3 по г. Москве' requires explanations on VAT discrepancies within five days; password-protected ZIP with Требование_…pdf.exe",
        "Russian tax demands are delivered through the company's EDO/TKS operator, not by e-mail; domain nalog-gov.ru (real: nalog.gov.ru) on a REG.RU VPS with Roundcube; ZipCrypto archive with the password in the body hides an executable with a double extension; legal deadline and penalty pressure on the chief accountant. (Business 39 shows how the real explanations are handled: through the EDO operator.)",
        "business/39")


def a38():
    m = Mail("attack", 38, "ru", "postavshik-smena-rekvizitov-lookalike")
    ids = m.ids
    t = T("2026-11-12 09:31:05")
    rc = S("ru_acc")
    dom = "severenergomontag.ru"
    bik = "044525841"
    acc = bk.ru_account(bik, "40702810" + "0" + "0000" + "1284731")
    corr = bk.ru_corr_account(bik)
    rec = [
        I.mx(ids, "mail." + dom, "vm1637245.firstbyte.club", "45.142.122.88", rc.email, plus(t, 2)),
        I.postfix(ids, "mail." + dom, "USER-PC", None, "194.26.29.112", plus(t, 1), tls="1.2", auth=True, zone="MSK"),
    ]
    plain = (
        "Добрый день, Ольга Викторовна!\n\n"
        "Информируем Вас об изменении банковских реквизитов ООО «СеверЭнергоМонтаж» в связи с "
        "приостановлением операций по нашему расчётному счёту в АО «Альфа-Банк» (проверка по 115-ФЗ).\n\n"
        "С 12.11.2026 просим производить все платежи, в том числе оплату по счёту № 412 от 05.11.2026 на сумму "
        "1 284 600,00 руб. (в т.ч. НДС 20%%), по новым реквизитам:\n\n"
        "Получатель: ООО «СеверЭнергоМонтаж»\n"
        "ИНН %s / КПП 772701001\n"
        "Р/с %s\n"
        "Банк: АО КБ «Северный Кредит», г. Москва\n"
        "БИК %s\n"
        "К/с %s\n\n"
        "Официальное письмо за подписью генерального директора направим оригиналом почтой. Просим "
        "подтвердить получение и оплату ответным письмом – телефоны офиса временно не работают в связи "
        "с переездом.\n\n"
        "С уважением,\nАндрей Волков\nкоммерческий директор\nООО «СеверЭнергоМонтаж»\n") % (SEM_INN, acc, bik, corr)
    body = text(plain, "plain", "windows-1251", "quoted-printable")
    hs = [
        ("Date", rdate(t, "MSK", day="pad0")),
        ("From", addr("Андрей Волков", "a.volkov@" + dom, "windows-1251", "B", "windows-1251")),
        ("Reply-To", addr("Андрей Волков", "a.volkov@" + dom, "windows-1251", "B", "windows-1251")),
        ("X-Mailer", "The Bat! (v11.2.3) Professional"),
        ("Reply-To", None),
        ("Organization", hval("ООО «СеверЭнергоМонтаж»", "windows-1251", "B", "windows-1251")),
        ("Message-ID", "<%d.%s@%s>" % (ids.r.randrange(10 ** 9, 2 * 10 ** 9), t.strftime("%Y%m%d%H%M%S"), dom)),
        ("To", addr("Кузнецова Ольга", rc.email, "windows-1251", "B", "windows-1251")),
        ("Subject", hval("Изменение банковских реквизитов ООО «СеверЭнергоМонтаж»", "windows-1251", "B", "windows-1251")),
        ("MIME-Version", "1.0"),
    ]
    return m.finish("<a.volkov@%s>" % dom, rec, hs, body,
        "Supplier bank-detail change from look-alike severenergomontag.ru (real: severenergomontazh.ru): pay invoice 412 (RUB 1,284,600) to a new account at another bank",
        "Domain differs by 'g' for 'zh'; mail host on a cheap VPS; plausible local excuse (account frozen under 115-FZ), payment requested before the signed original arrives, phones 'not working'. Account and correspondent account pass the BIK control key, so only the process gives it away. Genuine, properly signed change of details: business 38.",
        "business/38")


def a39():
    m = Mail("attack", 39, "ru", "dosudebnaya-pretenziya-yandex-disk")
    ids = m.ids
    t = T("2026-10-26 06:52:14")
    rc = S("ru_mgr")
    sender = "hladokombinat.urotdel@mail.ru"
    rec = I.mailru(ids, t, rc.email, sender)
    link = "https://disk.yandex.ru/d/%s" % ids.alnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    plain = (
        "Генеральному директору ООО «Экзампл Груп Рус»\nСоколову Д. А.\n\n"
        "Добрый день!\n\n"
        "Направляем Вам досудебную претензию в связи с ненадлежащим исполнением договора энергоснабжения "
        "№ ЭС-2025/117 (перерывы в поставке электроэнергии 14–17 октября 2026 г., повлёкшие порчу продукции "
        "на складе в г. Подольске).\n\n"
        "Сумма требований составляет 3 418 250 руб. (убытки и неустойка). Претензия, расчёт убытков и акты о "
        "порче продукции размещены в облаке (общий объём 24 МБ):\n%s\n"
        "Пароль к архиву: 7411\n\n"
        "В случае неполучения ответа в течение 10 календарных дней мы будем вынуждены обратиться в "
        "Арбитражный суд Московской области.\n\n"
        "С уважением,\nБелова Ирина Сергеевна\nначальник юридического отдела\n"
        "ООО «Хладокомбинат Подмосковье»\n") % link
    html = html_doc("<div>%s</div>" % "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in plain.strip().split("\n\n")), "ru")
    body = alt(text(plain, "plain", "utf-8", "base64"), html_text(html, "utf-8", "base64"),
               "--ALT--%s%d" % (ids.hex(32).upper(), int(t.timestamp())))
    hs = [
        ("From", addr("Белова Ирина Сергеевна", sender, "utf-8", "B", "UTF-8")),
        ("To", rc.email),
        ("Subject", hval("Досудебная претензия № 74/11-П — ООО «Хладокомбинат Подмосковье»", "utf-8", "B", "UTF-8")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Mail.Ru Mailer 1.0"),
        ("X-SenderField-Remind", "0"),
        ("Date", rdate(t, "MSK")),
        ("Reply-To", addr("Юридический отдел", sender, "utf-8", "B", "UTF-8")),
        ("Message-ID", "<%d.%d@%s>" % (int(t.timestamp()), ids.r.randrange(10 ** 8, 10 ** 9), rec[1].split()[1])),
        ("X-Mailru-Src", "web"),
        ("X-7564579A", "B8F34718100C35BD"),
        ("X-77F55803", "4F1203BC0FB41BD9" + ids.hex(16, True)),
    ]
    return m.finish("<%s>" % sender, rec, hs, body,
        "Fake pre-litigation claim in the name of the real head of a customer's legal department (display name 'Белова Ирина Сергеевна'), sent from a mail.ru free-mail account: 'claim and damage reports' as a password-protected archive on Yandex Disk",
        "Abuses a genuine file-sharing service so the link itself looks clean; the customer's lawyers write from hladokombinat-pm.ru (business 40), not mail.ru; a password for an archive on a cloud drive is the signature of malware delivery (evades scanning); legal threat to the general director. Also delivered at 09:52 MSK to the director only.",
        "business/40")


def a40():
    m = Mail("attack", 40, "ru", "vymogatelstvo-utechka-bitcoin")
    ids = m.ids
    t = T("2026-12-14 21:18:44")
    rc = S("ru_mgr")
    sender = "kobalt.team2026@outlook.com"
    server = "PAXP190MB%04d" % ids.r.randrange(1000, 1999)
    region = "eurp190"
    out = I.exo_out("EUR05", ids)
    rec = I.exo(ids, server, region, t, out[0], out[1], rc.email)
    btc = bk.btc_p2pkh(b"audit63-ransom-ru")
    plain = (
        "Здравствуйте, Дмитрий Александрович.\n\n"
        "Сообщаем, что в течение последних трёх недель мы имели доступ к внутренней сети ООО «Экзампл Груп Рус» "
        "через учётную запись VPN одного из ваших сотрудников. За это время выгружено 46 ГБ данных: договоры "
        "энергоснабжения с потребителями, персональные данные абонентов, бухгалтерская отчётность и переписка "
        "с контрагентами.\n\n"
        "Если в течение 72 часов на адрес\n\n%s\n\n"
        "не поступит 0,85 BTC, данные будут опубликованы, а Роскомнадзор и ваши клиенты получат уведомление "
        "об утечке персональных данных (размер оборотных штрафов вам известен).\n\n"
        "Не обращайтесь в полицию и не пытайтесь менять пароли – мы это увидим, и срок сократится до 24 часов. "
        "Для связи – только ответ на это письмо.\n\n"
        "Kobalt Team\n") % btc
    body = text(plain, "plain", "windows-1251", "base64")
    topic = hval("Ваши данные у нас. Срок – 72 часа", "windows-1251", "B", "windows-1251")
    hs = [
        ("From", addr("Kobalt Team", sender)),
        ("To", rc.email),
        ("Subject", topic),
    ] + I.exo_hdrs(ids, server, region, t, topic, lang="ru-RU")
    return m.finish("<%s>" % sender, rec, hs, body,
        "Data-leak extortion: 'Kobalt Team' on an outlook.com account claims 46 GB exfiltrated via VPN and demands 0.85 BTC (base58check address) within 72 hours",
        "Extortion with deadline, threat to notify the regulator (Roskomnadzor) and customers, instruction not to contact police, anonymous free-mail sender, Bitcoin payment; no proof of access is given. The address carries a valid base58check checksum.",
        None)


ALL = [a37, a38, a39, a40]
