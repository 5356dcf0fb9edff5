"""Business messages 37-40 (Russian)."""

from lib import systems as sy, bodies as bd, mime, docs, archive, ident, org, util
from lib.h import msg, att, pdf, qr_png, qr_part, logo_png, gmt, quote_hdr
from lib.util import CRLF, secs, rfcdate

BUS = "business"
FARMD = org.FARMD
INN = org.OFF["RU"]["taxid"][1].split(" ")[0]


@msg(BUS, 37, "ru", "diadok-postupili-dokumenty-farmdistribution",
     "Kontur.Diadok notification: ФармДистрибьюшн sent UPD No. 4312 and an invoice for signature; link to "
     "diadoc.kontur.ru",
     "Genuine EDI notification: Kontur's real domains (diadoc.ru sender, diadoc.kontur.ru link), expected documents "
     "from the regular supplier, no credential request in the mail",
     pair=[(39, "Diadoc document notification", "link to diadoc.kontur.ru vs. diadoc.kontur.ru-docs.online; real "
            "sender domain diadoc.ru vs. diadoc-info.ru")])
def b37(m):
    m.when(2026, 12, 8, 14, 22, 50)
    m.frm = ("Диадок", "noreply@diadoc.ru")
    m.to = [org.st("dmitry.volkov")]
    m.subject = "Новые документы от ООО «ФармДистрибьюшн»"
    r = m.rng
    url = "https://diadoc.kontur.ru/%s/Document/Show?letterId=%s&documentId=%s" % (r.guid(), r.guid(), r.guid())
    paras = ["Здравствуйте!",
             "В ящик ООО «ЭКЗАМПЛ ФАРМА» поступили документы от ООО «ФармДистрибьюшн» (ИНН %s):" % FARMD["inn"],
             "• УПД № 4312 от 08.12.2026 на сумму 837 882,00 руб. — требуется подпись\n"
             "• Счёт на оплату № 4312 от 08.12.2026",
             "Чтобы посмотреть и подписать документы, войдите в Диадок."]
    footer = ["Контур.Диадок — система электронного документооборота",
              "АО «ПФ «СКБ Контур», Екатеринбург · 8 800 500-10-10",
              "[Настроить уведомления](https://diadoc.kontur.ru/settings/notifications)"]
    html = bd.notice_html("Диадок", "#de4831", "Новые документы", paras, ("Перейти к документам", url), footer, lang="ru")
    text = bd.notice_text("Новые документы", paras, ("Перейти к документам", url), footer)
    bd.alt(m, text, html, "----=_Part_%d_%d" % (r.randint(10**5, 10**6), r.randint(10**8, 10**9)), "utf-8",
           "quoted-printable", one_line=False)
    m.msgid = "%s@diadoc.ru" % r.guid()
    hdrs = m.std(["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "MIME"])
    hdrs += ["Auto-Submitted: auto-generated", "X-Diadoc-Notification: NewDocuments"]
    sy.relay(m, "mail-out3.kontur.ru", "46.17.203.%d" % r.randint(10, 90), hdrs, submit={"kind": "raw", "lines": [
        "Received: from diadoc-notify-%02d.kontur (unknown [10.34.%d.%d])" % (r.randint(1, 20), r.randint(1, 250), r.randint(1, 250))
        + CRLF + "\tby mail-out3.kontur.ru (Postfix) with ESMTP id %s" % util.postfix_qid(r) + CRLF +
        "\tfor <dmitry.volkov@example.com>; %s" % rfcdate(m.date + secs(1), "Asia/Shanghai" if False else "Europe/Moscow",
                                                          comment=True)]},
        dkim=[("diadoc.ru", "kontur", "relaxed/relaxed", "From:To:Subject:Date:Message-ID")], tls="1.3",
        mailfrom="bounces@diadoc.ru")


@msg(BUS, 38, "ru", "crpt-mdlp-obnovlenie-api-info",
     "Operator ЦРПТ (Честный ЗНАК) informs MDLP participants about the API update on 1 December 2026: nothing to "
     "re-register, certificates stay valid",
     "Genuine operator information: crpt.ru domain, informational, links only to the official честныйзнак.рф site "
     "(IDN), explicitly states that no re-registration is needed and warns about phishing",
     pair=[(38, "MDLP / Честный ЗНАК certificate", "genuine says no action is needed; the attack demands "
            "certificate re-registration on crpt-lk.ru before a deadline")])
def b38(m):
    m.when(2026, 11, 20, 12, 0, 31)
    m.frm = ("Честный ЗНАК", "noreply@crpt.ru")
    m.to = [org.st("olga.smirnova")]
    m.subject = "МДЛП: обновление API с 01.12.2026 - информация для участников оборота"
    r = m.rng
    site = "https://xn--80ajghhoc2aj1c8b.xn--p1ai/business/projects/medicines/"
    paras = ["Уважаемый участник оборота лекарственных препаратов!",
             "С 01.12.2026 в ГИС МДЛП вводится новая версия API (v2.7). Изменения касаются форматов схем 10311 и "
             "10320 для аптечных организаций; описание опубликовано в разделе «Документы» на "
             "[официальном сайте](%s)." % site,
             "**Повторная регистрация сертификатов УКЭП не требуется.** Все действующие учётные записи и "
             "сертификаты продолжают работать.",
             "Обращаем внимание: Оператор никогда не запрашивает по электронной почте PIN-коды, пароли и файлы "
             "ключей электронной подписи. Письма с такими просьбами являются мошенническими."]
    footer = ["ООО «Оператор-ЦРПТ» · Линия поддержки: 8 800 222-15-23",
              "Вы получили это письмо как зарегистрированный участник ГИС МДЛП."]
    m.fact("phone", "8 800 222-15-23")
    html = bd.notice_html("Честный ЗНАК", "#1f2937", "Обновление API ГИС МДЛП", paras, None, footer, lang="ru")
    text = bd.notice_text("Обновление API ГИС МДЛП", paras, None, footer)
    bd.alt(m, text, html, "----==_mimepart_%s_%d" % (r.hexs(13), r.randint(10**5, 10**6)), "utf-8", "base64",
           one_line=True)
    m.msgid = "%s@crpt.ru" % r.hexs(36)
    hdrs = m.std(["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "MIME"])
    sy.relay(m, "mx-out2.crpt.ru", "203.0.113.141", hdrs, submit={"kind": "raw", "lines": [
        "Received: from notify-app-02 (unknown [10.12.%d.%d])" % (r.randint(1, 250), r.randint(1, 250)) + CRLF +
        "\tby mx-out2.crpt.ru (Postfix) with ESMTP id %s;" % util.postfix_qid(r) + CRLF +
        "\t" + rfcdate(m.date + secs(1), "Europe/Moscow", comment=True)]},
        dkim=[("crpt.ru", "mail", "relaxed/relaxed", "From:To:Subject:Date:Message-ID")], tls="1.3",
        mailfrom="noreply@crpt.ru")


@msg(BUS, 39, "ru", "farmdistribution-schet-qr-gost",
     "ФармДистрибьюшн's customer manager sends invoice (счёт на оплату) No. 4312 as PDF with the GOST R 56042 "
     "payment QR code, via Yandex 360",
     "Genuine supplier invoice: the distributor's Yandex 360 domain (DKIM pass), bank details identical to the "
     "contract (Sberbank account with valid control key), amounts split by the 10 % (medicines) and 22 % VAT rates",
     pair=[(39, "documents from ФармДистрибьюшн", "the supplier's own mailbox with a PDF and the known account; the "
            "attack is a fake Diadoc notice on a look-alike domain"),
           (37, "Russian accounting documents", "invoice PDF is openable and expected; the tax 'demand' hides a "
            ".lnk in a password ZIP")])
def b39(m):
    m.when(2026, 12, 8, 11, 47, 9)
    p = FARMD["people"]["kuznetsova"]
    m.frm = p[:2]
    m.to = [org.st("dmitry.volkov")]
    m.cc = [org.st("olga.smirnova")]
    m.subject = "Счёт на оплату № 4312 от 08.12.2026"
    bank = FARMD["bank"]
    items = [("Парацетамол таб. 500 мг № 20", 2400, 38.40, 10),
             ("Ибупрофен таб. п.п.о. 400 мг № 20", 1800, 96.50, 10),
             ("Омепразол капс. 20 мг № 30", 1500, 142.00, 10),
             ("Лоратадин таб. 10 мг № 10", 1200, 88.20, 10),
             ("Маски медицинские трёхслойные № 50", 300, 310.00, 22),
             ("Пластырь бактерицидный 1,9х7,2 см № 20", 900, 74.00, 22)]
    net = sum(round(q * pr, 2) for _d, q, pr, _v in items)
    vat = sum(round(round(q * pr, 2) * v / 100.0, 2) for _d, q, pr, v in items)
    total = round(net + vat, 2)
    qr = ident.gost_qr([("Name", "ООО «ФармДистрибьюшн»"), ("PersonalAcc", bank["acct"]), ("BankName", bank["bank"]),
                        ("BIC", bank["bic"]), ("CorrespAcc", bank["corr"]), ("PayeeINN", FARMD["inn"]),
                        ("KPP", FARMD["kpp"]), ("Purpose", "Оплата по счёту № 4312 от 08.12.2026"),
                        ("Sum", "%d" % round(total * 100))])
    pdfb, tot2 = docs.invoice(
        "ru", ["ООО «ФармДистрибьюшн»", "125438, г. Москва, Михалковская ул., д. 63Б, стр. 4",
               "ИНН %s / КПП %s" % (FARMD["inn"], FARMD["kpp"])],
        ["Покупатель: ООО «Экзампл Фарма»", "ИНН %s / КПП 770501001" % INN, "115054, г. Москва, ул. Валовая, д. 26"],
        [("Номер", "4312"), ("Дата", "08.12.2026"), ("Договор", "№ 18/2024-П от 15.01.2024"),
         ("Оплатить до", "18.12.2026")],
        items, ["Получатель: ООО «ФармДистрибьюшн»", "Р/с %s в %s" % (bank["acct"], bank["bank"]),
                "БИК %s, к/с %s" % (bank["bic"], bank["corr"])],
        dict(title="Счёт 4312", author="ФармДистрибьюшн", creator="1С:Предприятие 8.3",
             producer="1С:Предприятие 8.3 (8.3.25)", date="D:20261208113922+03'00'"),
        color=(60, 60, 60), qr=qr, qr_caption="Оплата по QR-коду",
        notes=["Оплата данного счёта означает согласие с условиями поставки товара. Товар отпускается по факту "
               "прихода денег на р/с поставщика."],
        footer=["ООО «ФармДистрибьюшн» · ОГРН %s" % ident.ru_ogrn("117774620318")])
    assert abs(tot2 - total) < 0.01
    m.want_qr(qr)
    m.fact("account", "р/с %s, БИК %s, к/с %s" % (bank["acct"], bank["bic"], bank["corr"]), "Sberbank, control key valid")
    text = ("Дмитрий, добрый день!\n\n"
            "Направляю счёт на оплату № 4312 от 08.12.2026 по заказу аптек на декабрь. Оригиналы УПД придут через "
            "Диадок.\n\n"
            "Реквизиты без изменений, для удобства на счёте есть QR-код для оплаты.\n\n"
            "С уважением,\nАнна Кузнецова\nменеджер по работе с аптечными сетями\nООО «ФармДистрибьюшн»\n"
            "+7 (495) 988-41-27, доб. 214\n")
    m.fact("phone", "+7 (495) 988-41-27")
    a = att(m, pdfb, "application/pdf", "Счет_4312_от_08.12.2026.pdf", "rfc2231")
    tp = mime.text(bd.plain(text), "plain", "utf-8", "base64")
    hp = mime.text("<div>" + "</div><div>".join(bd.inline_html(l) or "&nbsp;" for l in text.split("\n")) + "</div>\n",
                   "html", "utf-8", "base64")
    r = m.rng
    altp = mime.multipart1("alternative", [tp, hp], "----==--bound.%d.%s.yandex.ru" % (r.randint(10**6, 10**7),
                                                                                        r.alnum(12)))
    m.root = mime.multipart1("mixed", [altp, a], "----==--bound.%d.%s.yandex.ru" % (r.randint(10**6, 10**7),
                                                                                     r.alnum(12)))
    m.meta["tz"] = "Europe/Moscow"
    sy.yandex(m, "pharmdistrib.ru")


@msg(BUS, 40, "ru", "vnutrenniy-reestr-zarplaty-parol-po-telefonu",
     "The Moscow office manager sends the accountant the December payroll register as an encrypted archive; the "
     "password will be given by phone",
     "Genuine protected internal file: internal Exchange path (koi8-r Outlook), password deliberately not in the "
     "mail, archive contains an XLSX register expected at month end",
     pair=[(37, "password-protected archive", "password by phone and an XLSX inside; the attack puts the password in "
            "the text and hides a .lnk"),
           (40, "salary-related mail in the Moscow office", "internal route and colleague; the attack is an external "
            "'HR' HTML login page")])
def b40(m):
    m.when(2026, 12, 22, 16, 41, 27)
    m.frm = ("Смирнова Ольга", "olga.smirnova@example.com")
    m.to = [("Волков Дмитрий", "dmitry.volkov@example.com")]
    m.subject = "Реестр на выплату зарплаты за декабрь"
    m.hcs = ("koi8-r", "B", "koi8-r")
    pw = "Zp-1226!Msk"
    zname = "Реестр_ЗП_декабрь_2026.zip"
    m.meta["zip_pw"] = {zname: pw}
    m.fact("other", "ZIP password %s (not in the mail; given by phone as modelled)" % pw)
    rows = [["**Таб. №", "**ФИО", "**Аптека", "**К выплате, руб."],
            ["0014", "Иванова А. С.", "Аптека Таганская", 78420.00],
            ["0021", "Петров К. В.", "Аптека Таганская", 71310.50],
            ["0037", "Соколова Е. Д.", "Аптека Сокольники", 69880.00],
            ["0042", "Морозов И. А.", "Аптека Сокольники", 65215.40],
            ["0055", "Кузьмина Н. П.", "Аптека Новослободская", 83105.00]]
    xl = archive.xlsx([("Декабрь 2026", rows)], title="Реестр ЗП", creator="Смирнова О.",
                      created="2026-12-22T12:30:00Z", dt=(2026, 12, 22, 15, 30, 0))
    z = archive.make_zip([("Реестр_ЗП_декабрь_2026.xlsx", xl, (2026, 12, 22, 15, 30, 0))], password=pw,
                         rng=m.rng.sub("zip"))
    text = ("Дмитрий, добрый вечер!\n\n"
            "Высылаю реестр на выплату заработной платы за декабрь по московским аптекам (14 сотрудников, сверено с "
            "табелями). Архив зашифрован, пароль скажу по телефону, как обычно - наберу тебе в 17:30.\n\n"
            "Выплату нужно провести до 29.12 из-за праздников.\n\n"
            "Спасибо!\nОльга\n\n"
            "Ольга Смирнова\nОфис-менеджер\nООО \"Экзампл Фарма\" | ул. Валовая, д. 26 | Москва\n")
    a = att(m, z, "application/x-zip-compressed", zname, "outlook")
    bd.outlook(m, text, "koi8-r", attachments=[a], html_lang="RU")
    sy.internal(m, "EXCH02", "EXCH01", "10.70.1.9")
