"""Russian attack messages (37-40)."""
import banking as B
import company as C
import infra as I
import mime as M
import pdf
import util as U
import zipc
from msg import Msg, alt, hdrs_outlook_smtp, outlook_classic_boundary, outlook_smtp_msgid

RU_INN = B.ru_inn10("773601845")
RU_KPP = "773601001"


def a37():
    m = Msg("attack", 37, "ru", "fns-demand-passworded-zip-mailru")
    r = m.rng
    m.t = I.at(2026, 11, 12, 10, 41, 18, "RU")
    m.env = env = I.mailru(r, m.t, "95.%d.%d.%d" % (r.randint(24, 31), r.randint(0, 255), r.randint(2, 250)))
    m.rcpt = "olga.kuznetsova@examplegroup.eu"
    m.mailfrom = "ifns28.kameralnyi.otdel@mail.ru"
    pw = "4471"
    m.zip_password = pw
    inner = "Требование_17-28-4471_перечень_расхождений.pdf.scr"
    z = zipc.make_zip([(inner, U.placeholder("would be a Windows screensaver executable"), (2026, 11, 12, 10, 30, 4))], password=pw, seed=m.key)
    text = M.paras_to_text([
        "Уважаемый налогоплательщик!",
        "",
        "Инспекция Федеральной налоговой службы № 28 по г. Москве в соответствии со статьями 88 и 93.1 Налогового кодекса Российской Федерации направляет в адрес ООО «Экзампл Груп Рус» (ИНН %s, КПП %s) требование о представлении пояснений по налоговой декларации по НДС за 3 квартал 2026 года." % (RU_INN, RU_KPP),
        "",
        "Пояснения необходимо представить в течение пяти рабочих дней со дня получения требования. Непредставление пояснений влечёт ответственность по статье 129.1 НК РФ и может являться основанием для приостановления операций по счетам организации (п. 3 ст. 76 НК РФ).",
        "",
        "Требование и перечень выявленных расхождений направляются во вложении. В целях соблюдения налоговой тайны архив защищён паролем: %s" % pw,
        "",
        "Начальник отдела камеральных налоговых проверок № 2",
        "советник государственной гражданской службы РФ 2 класса",
        "Е. В. Тарасова",
        "тел. 8 (495) 400-28-17",
    ])
    z_name = "Требование_17-28-4471.zip"
    m.headers = [("From", M.addr("ИФНС России № 28 по г. Москве", "ifns28.kameralnyi.otdel@mail.ru", "UTF-8", "B")),
                 ("To", "olga.kuznetsova@examplegroup.eu"),
                 ("Subject", M.hdr_text("Требование о представлении пояснений № 17-28/4471 от 12.11.2026", "UTF-8", "B")),
                 ("MIME-Version", "1.0"), ("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-SenderField-Remind", "0"),
                 ("Date", I.rfc2822(m.t, "RU")), ("Reply-To", "ifns28.kameralnyi.otdel@mail.ru"),
                 ("Message-ID", "<%d.%d@f%d.i.mail.ru>" % (int(m.t.timestamp()), r.randint(100000000, 999999999), r.randint(100, 499)))]
    bnd = "--ALT--%s%d" % (I.rhex(r, 32), int(m.t.timestamp()))
    m.body = M.multipart("mixed", [
        M.text_part(text, "plain", "utf-8", "base64", label="utf-8"),
        M.attachment(z, "application/zip", z_name, fname_style="rfc2047b", describe="ZipCrypto ZIP (password %s in body) containing %s (placeholder)" % (pw, inner)),
    ], bnd)
    m.what = "Fake tax-office (FNS) demand for explanations with a password-protected ZIP containing a .pdf.scr executable name"
    m.why = ("Tax inspections send demands via the electronic reporting operator (TKS), never from mail.ru; encrypted archive with password in the text to bypass AV, "
             "double extension .pdf.scr (malware loader), sanctions and account-freeze threat")
    return m


def a38():
    m = Msg("attack", 38, "ru", "contractor-bank-change-lookalike")
    r = m.rng
    m.t = I.at(2026, 11, 24, 12, 9, 31, "RU")
    dom = "telekomstroi.ru"
    host = "%s.beget.com" % r.choice(["ruby", "emerald", "topaz", "pearl"])
    m.env = env = I.postfix_server(r, m.t, host, "5.101.%d.%d" % (r.randint(152, 159), r.randint(2, 250)),
                                   client_ip="%d.%d.%d.%d" % (r.choice([89, 185, 194]), r.randint(0, 255), r.randint(0, 255), r.randint(2, 250)),
                                   client_helo="[10.0.2.15]", zone="RU")
    m.rcpt = "olga.kuznetsova@examplegroup.eu"
    m.mailfrom = "i.pavlova@%s" % dom
    bik = "044525593"
    corr = "30101810200000000593"
    acc = B.ru_account(bik, "40702810401300047261")
    assert B.ru_account_valid(bik, acc) and B.ru_account_valid(bik, corr, correspondent=True)
    cs = "windows-1251"
    paras = [
        "Добрый день, Ольга!",
        "",
        "Информируем Вас о смене банковских реквизитов ООО «ТелекомСтрой» в связи с переводом расчётно-кассового обслуживания. С 24.11.2026 просим производить оплату только по новым реквизитам:",
        "",
        "Получатель: ООО «ТелекомСтрой»",
        "ИНН %s / КПП %s" % (C.TS_INN, C.TS_KPP),
        "Р/с %s" % acc,
        "Банк: АО «АЛЬФА-БАНК», г. Москва",
        "БИК %s, к/с %s" % (bik, corr),
        "",
        "Счёт в ПАО Сбербанк будет закрыт в ближайшие дни, платежи на него возвращаются. Просим оплатить счёт № 312 от 20.11.2026 (186 400,00 руб., в т.ч. НДС) уже по новым реквизитам. Официальное письмо за подписью генерального директора во вложении.",
        "",
        "Просьба подтвердить получение ответным письмом.",
        "",
        "С уважением,",
        "Ирина Павлова",
        "бухгалтерия ООО «ТелекомСтрой»",
    ]
    text = M.paras_to_text(paras)
    html = M.outlook_html(paras, cs, "RU")
    letter = pdf.make_pdf([
        ("ООО «ТелекомСтрой»", 15, True), "ИНН %s  КПП %s  ОГРН %s" % (C.TS_INN, C.TS_KPP, C.TS_OGRN), "", "",
        "Исх. № 418 от 23.11.2026", "", "Генеральному директору ООО «Экзампл Груп Рус»", "", "",
        ("Уведомление о смене банковских реквизитов", 12, True), "",
        "Настоящим уведомляем, что с 24.11.2026 расчёты с ООО «ТелекомСтрой» осуществляются по реквизитам:", "",
        "Р/с %s в АО «АЛЬФА-БАНК»" % acc, "БИК %s, к/с %s" % (bik, corr), "",
        "Ранее указанные реквизиты (ПАО Сбербанк) считать недействительными.", "", "",
        "Генеральный директор                                    С. А. Громов",
    ], title="Письмо о смене реквизитов", author="Pavlova", creator="Microsoft Word", producer="Microsoft: Print To PDF", date="D:20261123184011+03'00'")
    msgid = outlook_smtp_msgid(r, m.t, dom)
    h, post = hdrs_outlook_smtp(m.t, M.addr("Ирина Павлова", "i.pavlova@%s" % dom, cs, "B"),
                                M.addr("Ольга Кузнецова", "olga.kuznetsova@examplegroup.eu", cs, "B"),
                                M.hdr_text("Смена банковских реквизитов ООО «ТелекомСтрой»", cs, "B"), msgid, zone="RU", lang="ru", rng=r)
    m.headers = h
    m.post_headers = post
    bnd = outlook_classic_boundary(r, m.t)
    m.body = M.multipart("mixed", [
        alt(text, html, cs, "quoted-printable", "quoted-printable", bnd(1)),
        M.attachment(letter, "application/pdf", "Письмо_о_смене_реквизитов.pdf", fname_style="rfc2047b", charset=cs, describe="PDF letter with new (valid-checksum) Alfa-Bank account"),
    ], bnd(0))
    m.what = "Contractor bank-detail change from look-alike telekomstroi.ru ('i' for 'y') with a letter PDF, redirecting invoice No. 312 to a new Alfa-Bank account"
    m.why = ("Real contractor is telekomstroy.ru on Yandex 360; this comes from shared hosting with a forged Outlook X-Mailer; urgent redirection of a specific invoice, "
             "confirmation only by reply; genuine invoice with unchanged Sberbank details is business/37")
    return m


def a39():
    m = Msg("attack", 39, "ru", "edo-diadoc-credential-phish")
    r = m.rng
    m.t = I.at(2026, 12, 7, 9, 20, 44, "RU")
    ip = "185.%d.%d.%d" % (r.choice([251, 232]), r.randint(0, 255), r.randint(2, 250))
    m.env = env = I.helper_env("smtp-%02d.mailout-service.ru" % r.randint(1, 40), "smtp-%02d.mailout-service.ru" % r.randint(1, 40), ip, "tls12", received=[
        "by smtp.mailout-service.ru (Postfix, from userid 1003)\n\tid %s; %s" % (I.postfix_short_qid(r), I.rfc2822(m.t, "RU", abbr=True))])
    env.boundary = I.b_hex(r, 32, "----==_mimepart_")
    m.rcpt = "olga.kuznetsova@examplegroup.eu"
    m.mailfrom = "bounce-%d@mailout-service.ru" % r.randint(100000, 999999)
    link = "https://diadoc-kontur.online/Box/Documents/%s?login=olga.kuznetsova%%40examplegroup.eu" % I.ruuid(r)
    paras = [
        "Контур.Диадок",
        "",
        "Вам поступил документ, требующий подписи",
        "",
        "Отправитель: ООО «ТелекомСтрой», ИНН %s" % C.TS_INN,
        "Получатель: ООО «Экзампл Груп Рус», ИНН %s" % RU_INN,
        "Документ: УПД № 312 от 20.11.2026 (счёт-фактура и передаточный документ)",
        "Сумма: 186 400,00 ₽",
        "",
        "Документ необходимо подписать до 09.12.2026, иначе контрагент не сможет отразить его в учёте, а вычет НДС будет перенесён.",
        "",
        "Открыть документ: %s" % link,
        "",
        "Для входа используйте логин и пароль Диадока или сертификат электронной подписи.",
        "",
        "Это автоматическое уведомление, не отвечайте на него.",
        "АО «ПФ «СКБ Контур»",
    ]
    text = M.paras_to_text(paras)
    html = M.simple_html("<div style=\"max-width:620px;margin:0 auto;background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#222\">"
                         "<div style=\"padding:18px 22px;font-size:20px;color:#e9462a;font-weight:bold\">Контур.Диадок</div><div style=\"padding:0 22px 22px\">"
                         + "".join("<p>%s</p>" % M.esc(p) for p in paras[2:] if p and not p.startswith("Открыть"))
                         + "<p><a href=\"%s\" style=\"background:#3072c4;color:#fff;padding:10px 22px;text-decoration:none;border-radius:3px\">Открыть документ</a></p></div></div>" % link,
                         "utf-8", "Диадок")
    m.headers = [("Date", I.rfc2822(m.t, "RU")), ("From", M.addr("Контур.Диадок", "noreply@diadoc-kontur.online", "UTF-8", "B")),
                 ("To", "olga.kuznetsova@examplegroup.eu"), ("Message-ID", "<%s@mailout-service.ru>" % I.ruuid(r)),
                 ("Subject", M.hdr_text("Вам поступил документ на подпись от ООО «ТелекомСтрой»: УПД № 312", "UTF-8", "B")),
                 ("Mime-Version", "1.0"),
                 ("List-Unsubscribe", "<https://mailout-service.ru/unsubscribe/%s>" % I.rhex(r, 24)),
                 ("X-Mailer", "mailout-service 4.2")]
    m.body = alt(text, html, "utf-8", "base64", "base64", env.boundary(0), label="UTF-8")
    m.what = "Fake Kontur.Diadoc (EDI/e-document operator) notification of a UPD to sign; link to a look-alike login asking for Diadoc password or e-signature certificate"
    m.why = ("Domain diadoc-kontur.online is not kontur.ru/diadoc.ru, bulk-mailing service, deadline plus VAT-deduction pressure, "
             "aims at EDO credentials / qualified signature; refers to a real open invoice of the contractor")
    return m


def a40():
    m = Msg("attack", 40, "ru", "regulator-takedown-demand-koi8r-download")
    r = m.rng
    m.t = I.at(2026, 10, 26, 15, 33, 7, "RU")
    ip = "77.%d.%d.%d" % (r.randint(221, 223), r.randint(0, 255), r.randint(2, 250))
    m.env = env = I.postfix_server(r, m.t, "mail.rkn-gov.ru", ip, client_ip="127.0.0.1", local_submit=True, client_helo="localhost",
                                   zone="RU", rdns="vm%d.vds-hosting.ru" % r.randint(10000, 99999), tls="tls12")
    m.rcpt = "dmitry.sokolov@example.com"
    m.mailfrom = "zapros@rkn-gov.ru"
    cs = "koi8-r"
    link = "https://rkn-gov.ru/docs/04-6871-26/trebovanie.rar"
    text = M.paras_to_text([
        "ФЕДЕРАЛЬНАЯ СЛУЖБА ПО НАДЗОРУ В СФЕРЕ СВЯЗИ,",
        "ИНФОРМАЦИОННЫХ ТЕХНОЛОГИЙ И МАССОВЫХ КОММУНИКАЦИЙ",
        "",
        "ТРЕБОВАНИЕ N 04-6871/26",
        "об ограничении доступа к информации",
        "",
        "Хостинг-провайдеру: ООО \"Экзампл Груп Рус\"",
        "",
        "В соответствии со статьей 15.1 Федерального закона от 27.07.2006 N 149-ФЗ \"Об информации, информационных технологиях и о защите информации\" уведомляем о включении в Единый реестр информационных ресурсов, размещенных на серверах, предоставленных Вашей организацией (перечень IP-адресов и доменных имен прилагается).",
        "",
        "Хостинг-провайдер обязан в течение суток с момента получения настоящего требования проинформировать владельцев ресурсов и ограничить доступ к указанной информации. Неисполнение требования влечет ответственность по статье 13.41 КоАП РФ.",
        "",
        "Перечень ресурсов и текст требования (архив, пароль 687126):",
        link,
        "",
        "Отчет об исполнении направить в ответ на данное письмо.",
        "",
        "Управление контроля и надзора в сфере электронных коммуникаций",
        "Роскомнадзор",
    ])
    m.headers = [("Date", I.rfc2822(m.t, "RU")), ("From", M.addr("Роскомнадзор", "zapros@rkn-gov.ru", cs, "B")),
                 ("To", "dmitry.sokolov@example.com"),
                 ("Subject", M.hdr_text("Требование об ограничении доступа к информации N 04-6871/26 (хостинг-провайдер)", cs, "B")),
                 ("Message-ID", "<%s.%s@rkn-gov.ru>" % (m.t.strftime("%Y%m%d%H%M%S"), I.rhex(r, 8))),
                 ("MIME-Version", "1.0"), ("X-Mailer", "The Bat! (v10.1.0.2) Professional")]
    m.body = M.text_part(text, "plain", cs, "8bit", label="koi8-r", ct_style="plain")
    m.what = "Fake regulator (Roskomnadzor) takedown demand to the hosting provider with a link to a password-protected RAR 'list of resources'"
    m.why = ("rkn-gov.ru is not rkn.gov.ru; hosting providers receive such demands via the RKN hosting-provider interface, not as download links; "
             "password-protected archive from a VPS, 24-hour deadline and administrative-liability threat (malware delivery)")
    return m


ALL = [a37, a38, a39, a40]
