"""Russian messages (attack 37-40, business 37-40)."""
import base64

from . import docs, ids, mime, mta, zipx
from . import util as U
from . import world as W
from .core import P, Msg, att, esc, fit, outlook_alt, outlook_html, paras_html

RU = W.OFFICES["RU"]
KV = W.KOVCHEG
DIMA = ("Dmitry Volkov", "dmitry.volkov@example.com")
ANNA = ("Anna Sokolova", "anna.sokolova@examplegroup.eu")
BUYER = ["Покупатель: ООО «Экзампл Груп Аукционы»", "ИНН %s, КПП %s" % (RU["tax"], RU["extra"].split()[-1]),
         "119034, г. Москва, Пречистенский пер., д. 14, стр. 1"]


def gost_payload(name, acc, bank, bik, corr, inn, kpp, purpose, kop):
    return ("ST00012|Name=%s|PersonalAcc=%s|BankName=%s|BIC=%s|CorrespAcc=%s|PayeeINN=%s|KPP=%s|Purpose=%s|Sum=%d" % (
        name, acc, bank, bik, corr, inn, kpp, purpose, kop))


def kv_invoice(m, number, date, items, total_kop, vat_kop, acc, bank, bik, corr, seller_lines, payload, producer):
    rub = lambda k: "{:,}".format(k // 100).replace(",", " ") + ",%02d" % (k % 100)
    return docs.invoice(
        m.file, "Счёт на оплату № %s от %s" % (number, date),
        dict(name="ООО «Ковчег Брокер»", lines=seller_lines),
        BUYER,
        [("Счёт №", number), ("Дата", date), ("Договор", "№ ТБ-112/25 от 14.03.2025")],
        ["№", "Наименование работ, услуг", "Кол-во", "Цена", "Сумма"],
        items,
        [("Итого:", rub(total_kop - vat_kop), False), ("В том числе НДС 22%:", rub(vat_kop), False),
         ("Всего к оплате:", rub(total_kop) + " ₽", True)],
        notes=["Получатель: ООО «Ковчег Брокер», ИНН %s, КПП %s" % (KV["inn"], KV["kpp"]),
               "Банк получателя: %s, БИК %s, к/с %s" % (bank, bik, corr),
               "Расчётный счёт: %s" % acc,
               "Оплата данного счёта означает согласие с условиями оказания услуг. Счёт действителен в течение 5 "
               "банковских дней."],
        qr_payload=payload, qr_caption="Оплата по QR-коду\n(ГОСТ Р 56042-2014)",
        footer=["Генеральный директор ____________ /Белов А. В./     Главный бухгалтер ____________ /Белова И. С./"],
        producer=producer, creator="1С:Предприятие 8.3", created="D:20261120111540+03'00'",
        accent=(0.1, 0.3, 0.5), lang="ru-RU")


KV_LINES = ["Таможенный представитель (реестр ФТС № 1142)",
            "125167, г. Москва, Ленинградский пр-т, д. 37, корп. 9, офис 412 · тел. +7 495 725-14-08",
            "ИНН %s · КПП %s · ОГРН %s" % (KV["inn"], KV["kpp"], KV["ogrn"])]


# =================================================================== ATTACKS
def a37():
    m = Msg("37-ru-fns-trebovanie-zip-parol.eml", "attack", "ru")
    m.frm = ("ИФНС России № 4 по г. Москве", "ifns7704@nalog-gov.ru")
    m.to = [("", DIMA[1])]
    m.subject = "Требование о представлении пояснений № 7704/2026/18845 от 17.11.2026"
    m.date = U.local("MSK", 2026, 11, 17, 10, 3, 55)
    m.date_zone = "MSK"
    m.msgid = "<%s@nalog-gov.ru>" % U.hexs(m.rng, 24)
    m.hcharset = ("windows-1251", "B")
    pw = "7704"
    text = ("Уважаемый налогоплательщик!\n\nИнспекция Федеральной налоговой службы № 4 по г. Москве в соответствии со "
            "статьёй 88 Налогового кодекса Российской Федерации в ходе камеральной налоговой проверки налоговой "
            "декларации по НДС за 3 квартал 2026 г., представленной ООО «ЭКЗАМПЛ ГРУП АУКЦИОНЫ» (ИНН %s), выявила "
            "расхождения сведений об операциях.\n\nВам необходимо в течение 5 (пяти) рабочих дней со дня получения "
            "настоящего требования представить пояснения или внести исправления в налоговую декларацию.\n\n"
            "Текст требования и перечень расхождений приложены к письму. Архив защищён паролем: %s\n\n"
            "Непредставление пояснений в установленный срок влечёт ответственность, предусмотренную статьёй 129.1 "
            "НК РФ, а также приостановление операций по счетам налогоплательщика (п. 3 ст. 76 НК РФ).\n\n"
            "Заместитель начальника инспекции\nсоветник государственной гражданской службы РФ 2 класса\n"
            "Т. В. Кольцова\n") % (RU["tax"], pw)
    exe = ("INERT TEST PLACEHOLDER - NOT EXECUTABLE.\r\nRepresents a Windows executable disguised as a PDF "
           "(double extension .pdf.exe) - in real campaigns a remote-access trojan or infostealer.\r\n")
    fname = "Требование_7704-2026-18845.zip"
    z = zipx.build_zip([("Требование_7704-2026-18845.pdf.exe", exe.encode(), (2026, 11, 17, 9, 41, 2))],
                       rng=m.rng, password=pw, made_by=0x0014)
    m.zip_passwords[fname] = pw
    m.fact("other", "ZIP password in body: %s" % pw)
    root = P("multipart/mixed", boundary="----=_NextPart_000_%s" % U.hexs(m.rng, 16, True), children=[
        P("text/plain", text=text, charset="windows-1251", cte="base64"),
        att("application/zip", z, fname, fn_style="rfc2047b")],
        preamble="This is a multi-part message in MIME format.")
    m.what = ("Fake tax-office demand ('требование о представлении пояснений') for the Moscow entity with a "
              "password-protected ZIP containing 'Требование…pdf.exe' (represented inert).")
    m.why = ("Tax demands are delivered through the EDO/TKS operator, never as e-mail attachments; look-alike domain "
             "nalog-gov.ru, password in the body to evade scanning, .pdf.exe, threat of account blocking.")
    return m.finish(mta.direct_bot, root, helo="mail.nalog-gov.ru", rdns="unknown", ip="198.51.100.233", spf="pass",
                    tls=mta.TLS12, order=["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "__MIME__",
                                          "=X-Priority: 1", "=X-MSMail-Priority: High",
                                          "=X-Mailer: Microsoft Outlook Express 6.00.2900.5512"])


def a38():
    m = Msg("38-ru-diadok-poddelnyi-dokument.eml", "attack", "ru")
    m.frm = ("Контур.Диадок", "noreply@diadoc-kontur.ru")
    m.to = [("", DIMA[1])]
    m.subject = "Вам пришёл документ на подпись: Акт сверки взаимных расчётов за 2026 год от ООО «ТрансЛогистик»"
    m.date = U.local("MSK", 2026, 11, 25, 12, 40, 7)
    m.date_zone = "MSK"
    m.msgid = mta.ses_msgid(m.rng, m.date, "eu-central-1")
    url = "https://diadoc-kontur.ru/login?ReturnUrl=%%2FDocument%%2FShow%%3Fid%%3D%s" % U.uuid4(m.rng)
    text = ("Здравствуйте!\n\nВ ящик организации ООО «ЭКЗАМПЛ ГРУП АУКЦИОНЫ» поступил документ, требующий подписи:\n\n"
            "Акт сверки взаимных расчётов за период 01.01.2026 – 31.10.2026\nОтправитель: ООО «ТрансЛогистик», ИНН "
            "7724381056\nСрок подписания: 27.11.2026\n\nОткрыть документ:\n%s\n\nЕсли документ не будет подписан в "
            "срок, контрагент вправе считать акт согласованным.\n\nС уважением,\nКонтур.Диадок\n") % url
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;'
            'background:#f6f6f6;margin:0"><table width="600" align="center" style="background:#fff"><tr><td '
            'style="padding:18px 24px;font-size:20px;color:#222"><b style="color:#e3001b">Контур</b>.Диадок</td></tr>'
            '<tr><td style="padding:0 24px 24px 24px;font-size:15px;line-height:22px">%s<p><a href="%s" '
            'style="background:#1f87ef;color:#fff;padding:10px 22px;text-decoration:none;border-radius:4px">Открыть '
            'документ</a></p></td></tr></table></body></html>\n') % (
        paras_html(text.split("\n\nОткрыть документ")[0]), url)
    root = P("multipart/alternative", boundary="----=_Part_%d_%d.%d" % (
        m.rng.randint(10 ** 5, 10 ** 6), m.rng.randint(10 ** 8, 10 ** 9), U.ts(m.date) * 1000), children=[
        P("text/plain", text=text, charset="UTF-8", cte="base64"),
        P("text/html", text=html, charset="UTF-8", cte="base64")])
    m.envfrom = "%s@eu-central-1.amazonses.com" % m.msgid.strip("<>").split("@")[0]
    m.what = ("Fake Kontur.Diadoc (Russian EDO platform) notice of a reconciliation act to sign, link to "
              "diadoc-kontur.ru login page harvesting Kontur credentials; sent via Amazon SES.")
    m.why = ("Look-alike of diadoc.kontur.ru, unknown counterparty, 'deemed accepted' pressure, bulk ESP "
             "infrastructure instead of Kontur's own mail servers.")
    return m.finish(mta.ses, root, region="eu-central-1")


def a39():
    m = Msg("39-ru-arbitrazh-isk-yandex-disk.eml", "attack", "ru")
    m.frm = ("Арбитражный суд города Москвы", "arbitr.msk.uvedomlenie@yandex.ru")
    m.to = [("", ANNA[1])]
    m.subject = "Исковое заявление по делу № А40-281947/2026 (ответчик ООО «Экзампл Груп Аукционы»)"
    m.date = U.local("MSK", 2026, 12, 1, 9, 17, 30)
    m.date_zone = "MSK"
    m.msgid = "<%d%d@mail.yandex.ru>" % (m.rng.randint(10 ** 6, 10 ** 7), U.ts(m.date))
    url = "https://disk.yandex.ru/d/Xq7bRk2pLm9Vzw"
    m.fact("phones", "+7 495 600-99-69")
    text = ("Уведомление о принятии искового заявления к производству\n\nАрбитражный суд города Москвы уведомляет, что "
            "исковое заявление ООО «СтройИнвестГрупп» к ООО «Экзампл Груп Аукционы» о взыскании задолженности по "
            "договору поставки в размере 1 487 300,00 руб. принято к производству (дело № А40-281947/2026).\n\n"
            "Предварительное судебное заседание назначено на 15.12.2026 на 10:30, зал 4034.\n\nКопия искового "
            "заявления с приложениями размещена по ссылке:\n%s\n\nОтзыв на исковое заявление необходимо направить в "
            "суд не позднее 10.12.2026.\n\nСекретарь судебного заседания\nАрбитражный суд города Москвы\nтел. "
            "+7 495 600-99-69\n") % url
    html = ("<div>%s</div>\n" % "</div>\n<div>".join(esc(l) if l else "&nbsp;" for l in text.split("\n"))).replace(
        esc(url), '<a href="%s">%s</a>' % (url, url))
    root = P("multipart/alternative", boundary="----==--bound.%d.%s.yp-c.yandex.net" % (
        m.rng.randint(10 ** 5, 10 ** 6), "myt" + U.alnum(m.rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789")), children=[
        P("text/plain", text=text, charset="utf-8", cte="base64"),
        P("text/html", text=html, charset="utf-8", cte="base64")])
    m.what = ("Fake arbitration-court notice of a lawsuit against the Moscow entity, 'copy of the claim' on Yandex "
              "Disk (in real campaigns a password-protected archive with a loader); sent from a free yandex.ru box.")
    m.why = ("Courts do not send claims by e-mail from free mailboxes, legal threat with deadline, link to a file "
             "hosting platform (clean reputation), invented plaintiff and amount.")
    return m.finish(mta.yandex, root)


def a40():
    m = Msg("40-ru-kovcheg-lookalike-schet-qr.eml", "attack", "ru")
    m.frm = ("Ирина Белова", "i.belova@kovcheg-brokers.ru")
    m.to = [DIMA]
    m.subject = "Счёт на оплату № 1207 от 08.12.2026 (обновлённые реквизиты)"
    m.date = U.local("MSK", 2026, 12, 8, 11, 26, 41)
    m.date_zone = "MSK"
    m.msgid = "<%d%d@mail.yandex.ru>" % (m.rng.randint(10 ** 6, 10 ** 7), U.ts(m.date))
    bik, corr = "044525974", "30101810145250000974"
    acc = ids.ru_account(bik, "40702810X10001874512")
    m.fact("accounts", acc)
    payload = m.qr(gost_payload("ООО «Ковчег Брокер»", acc, "АО «ТБанк»", bik, corr, KV["inn"], KV["kpp"],
                                "Оплата по счёту № 1207 от 08.12.2026, в т.ч. НДС 22% 11770.00", 6527000))
    text = ("Добрый день, Дмитрий!\n\nНаправляю счёт № 1207 от 08.12.2026 за таможенное оформление партии "
            "(ДТ № 10005020/041226/5018833).\n\nОбращаю внимание: с 01.12.2026 у нас изменились банковские реквизиты – "
            "расчётный счёт открыт в АО «ТБанк». Старый счёт в Сбербанке закрывается, поэтому прошу оплачивать только "
            "по реквизитам, указанным в новом счёте (можно по QR-коду). Оплата до 11.12.2026.\n\nПисьмо о смене "
            "реквизитов за подписью директора вышлем почтой.\n\nС уважением,\nИрина Белова\nглавный бухгалтер\n"
            "ООО «Ковчег Брокер»\n")
    items = [["1", "Таможенное оформление ДТ № 10005020/041226/5018833", "1", "42 000,00", "42 000,00"],
             ["2", "Подготовка комплекта документов, классификация по ТН ВЭД", "1", "7 500,00", "7 500,00"],
             ["3", "Хранение на СВХ, 3 суток", "1", "4 000,00", "4 000,00"]]
    inv = kv_invoice(m, "1207", "08.12.2026", items, 6527000, 1177000, acc, "АО «ТБанк», г. Москва", bik, corr,
                     KV_LINES, payload, "1С:Предприятие 8.3 (8.3.25.1394)")
    bnd = "----==--bound.%d.%s.yp-c.yandex.net" % (m.rng.randint(10 ** 5, 10 ** 6),
                                                    "sas" + U.alnum(m.rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789"))
    root = P("multipart/mixed", boundary=bnd, children=[
        P("multipart/alternative", boundary=bnd.replace("bound.", "bound.a"), children=[
            P("text/plain", text=text, charset="utf-8", cte="base64"),
            P("text/html", text="<div>%s</div>\n" % "</div>\n<div>".join(esc(l) if l else "&nbsp;"
                                                                          for l in text.split("\n")),
              charset="utf-8", cte="base64")]),
        att("application/pdf", inv, "Счет_1207_от_08.12.2026.pdf", fn_style="rfc2047b")])
    m.what = ("Invoice fraud from the look-alike domain kovcheg-brokers.ru (real: kovcheg-broker.ru) of the customs "
              "broker: invoice 1207 with 'new bank details' (account at T-Bank) and a GOST payment QR code.")
    m.why = ("Look-alike domain on the same Yandex 360 platform as the real broker (all auth passes), bank change "
             "announced only inside the invoice, payment QR with the new account, 'letter by post later'.")
    return m.finish(mta.yandex, root, web=True)


# =================================================================== BUSINESS
def b37():
    m = Msg("37-ru-kovcheg-schet-gost-qr.eml", "business", "ru")
    m.frm = ("Бухгалтерия Ковчег Брокер", "buh@kovcheg-broker.ru")
    m.to = [DIMA]
    m.cc = [("Ирина Белова", "i.belova@kovcheg-broker.ru")]
    m.subject = "Счёт на оплату № 1184 от 20.11.2026"
    m.date = U.local("MSK", 2026, 11, 20, 11, 18, 2)
    m.date_zone = "MSK"
    m.msgid = "<%d%d@mail.yandex.ru>" % (m.rng.randint(10 ** 6, 10 ** 7), U.ts(m.date))
    acc = KV["account"]
    m.fact("accounts", acc)
    payload = m.qr(gost_payload("ООО «Ковчег Брокер»", acc, "ПАО Сбербанк", KV["bik"], KV["corr"], KV["inn"],
                                KV["kpp"], "Оплата по счёту № 1184 от 20.11.2026, в т.ч. НДС 22% 9790.00", 5429000))
    text = ("Добрый день!\n\nВо вложении счёт № 1184 от 20.11.2026 на оплату услуг по таможенному оформлению (ДТ № "
            "10005020/181126/5017412). УПД направлен через Диадок.\n\nС уважением,\nбухгалтерия ООО «Ковчег Брокер»\n"
            "тел. +7 495 725-14-08\n")
    items = [["1", "Таможенное оформление ДТ № 10005020/181126/5017412", "1", "38 000,00", "38 000,00"],
             ["2", "Подготовка комплекта документов, классификация по ТН ВЭД", "1", "6 500,00", "6 500,00"]]
    inv = kv_invoice(m, "1184", "20.11.2026", items, 5429000, 979000, acc, "ПАО Сбербанк, г. Москва", KV["bik"],
                     KV["corr"], KV_LINES, payload, "1С:Предприятие 8.3 (8.3.25.1394)")
    bnd = "----==--bound.%d.%s.yp-c.yandex.net" % (m.rng.randint(10 ** 5, 10 ** 6),
                                                    "vla" + U.alnum(m.rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789"))
    root = P("multipart/mixed", boundary=bnd, children=[
        P("text/plain", text=text, charset="utf-8", cte="base64"),
        att("application/pdf", inv, "Счет_1184_от_20.11.2026.pdf", fn_style="rfc2047b")])
    m.fact("phones", "+7 495 725-14-08")
    m.what = ("Customs broker's invoice 1184 (54 290 RUB) from 1C with a GOST R 56042 payment QR code for its "
              "long-standing Sberbank account; the UPD follows via Diadoc.")
    m.why = ("Real broker domain on Yandex 360 (DKIM pass), account and BIK match the contract, matching Diadoc UPD "
             "on the next day, no change of details.")
    m.hard_negative_of = (["attack/40-ru-kovcheg-lookalike-schet-qr.eml"],
                          "Broker invoice with payment QR. Genuine: known domain, unchanged Sberbank account. "
                          "Attack: look-alike domain, new T-Bank account inside the invoice.")
    return m.finish(mta.yandex, root, web=True)


def b38():
    m = Msg("38-ru-diadok-upd-kovcheg.eml", "business", "ru")
    m.frm = ("Контур.Диадок", "noreply@diadoc.kontur.ru")
    m.to = [("", DIMA[1])]
    m.subject = "Новый документ от ООО «Ковчег Брокер»: УПД № 1184 от 20.11.2026"
    m.date = U.local("MSK", 2026, 11, 21, 9, 4, 18)
    m.date_zone = "MSK"
    m.msgid = "<%s@diadoc.kontur.ru>" % U.uuid4(m.rng)
    box = U.hexs(m.rng, 32)
    url = "https://diadoc.kontur.ru/%s/Document/Show?letterId=%s&documentId=%s" % (box, U.uuid4(m.rng), U.uuid4(m.rng))
    text = ("Здравствуйте!\n\nВ ящик ООО «ЭКЗАМПЛ ГРУП АУКЦИОНЫ» пришёл документ от ООО «Ковчег Брокер» (ИНН %s):\n\n"
            "УПД № 1184 от 20.11.2026 на сумму 54 290,00 ₽\nТребуется подпись.\n\nПерейти к документу: %s\n\n"
            "Настроить уведомления: https://diadoc.kontur.ru/%s/Settings/Notifications\n\nКонтур.Диадок — система "
            "электронного документооборота\n") % (KV["inn"], url, box)
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;'
            'margin:0;background:#f2f2f2"><table width="600" align="center" style="background:#fff"><tr><td '
            'style="padding:18px 24px;font-size:20px"><b style="color:#e3001b">Контур</b>.Диадок</td></tr><tr><td '
            'style="padding:0 24px 24px 24px;font-size:15px;line-height:22px">%s</td></tr></table></body></html>\n') % (
        paras_html(text).replace(esc(url), '<a href="%s">%s</a>' % (url.replace("&", "&amp;"), "Перейти к документу")))
    root = P("multipart/alternative", boundary="----=_Part_%d_%d.%d" % (
        m.rng.randint(10 ** 5, 10 ** 6), m.rng.randint(10 ** 8, 10 ** 9), U.ts(m.date) * 1000), children=[
        P("text/plain", text=text, charset="UTF-8", cte="quoted-printable"),
        P("text/html", text=html, charset="UTF-8", cte="quoted-printable")])
    m.what = "Genuine Kontur.Diadoc notification that the broker's UPD 1184 (matching the e-mailed invoice) awaits signature."
    m.why = ("Kontur's own mail infrastructure with DKIM for diadoc.kontur.ru, known counterparty and document, deep "
             "link to the real platform domain.")
    m.hard_negative_of = (["attack/38-ru-diadok-poddelnyi-dokument.eml"],
                          "EDO notification. Genuine: diadoc.kontur.ru, expected UPD. Attack: look-alike via SES, "
                          "unknown counterparty, 'deemed accepted' pressure.")
    return m.finish(mta.generic_org, root, mta="mail-out3.kontur.ru", mta_ip="192.0.2.214", dkim_sel="dkim",
                    dkim_domain="diadoc.kontur.ru", hlist="From:To:Subject:Date:Message-ID:MIME-Version",
                    inner=["Received: from diadoc-notify-07.kontur.ru ([10.33.18.7])\n\tby mail-out3.kontur.ru with "
                           "ESMTP id %s;\n\t{DATE}" % U.hexs(m.rng, 12, True)],
                    order=["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "__MIME__",
                           "=Auto-Submitted: auto-generated"])


def b39():
    m = Msg("39-ru-vnutrennee-arenda-sklada-koi8r.eml", "business", "ru")
    m.frm = (W.short(ANNA[1]), ANNA[1])
    m.to = [("Volkov, Dmitry", DIMA[1])]
    m.subject = "Аренда склада за декабрь – счёт пришёл, прошу оплатить до 10.12"
    m.date = U.local("MSK", 2026, 12, 2, 13, 45, 19)
    m.date_zone = "MSK"
    m.msgid = "<%s@EXCH02.corp.example.com>" % U.hexs(m.rng, 32)
    m.hcharset = ("koi8-r", "B")
    m.content_lang = "ru-RU"
    m.accept_lang = "ru-RU, en-US"
    text = ("Дима, привет!\n\nПришёл счёт от ООО «Складской комплекс Очаково» за аренду склада в декабре (счёт № 2291 "
            "от 01.12.2026, 186 000 руб., в т.ч. НДС). Оригинал лежит у меня, скан уже загрузила в 1С.\n\nРеквизиты "
            "те же, что и в договоре, ничего не менялось. Оплатить нужно до 10.12, иначе пеня 0,1% в день по "
            "договору.\n\nСпасибо!\nАня\n\nАнна Соколова\nОфис-менеджер\nООО «Экзампл Груп Аукционы»\n"
            "тел. +7 495 637-18-40\n")
    text = text.replace("Оригинал лежит у меня, скан уже загрузила в 1С.", "Письмо арендодателя пересылаю во вложении, "
                        "оригинал лежит у меня, скан уже загрузила в 1С.")
    text = fit(text, "koi8-r")
    m.subject = fit(m.subject, "koi8-r")
    html = outlook_html(text, "koi8-r", "RU")
    alt = outlook_alt(m, text, html, "koi8-r")
    core = m.msgid.strip("<>").replace("@", "").replace(".", "")[:60]
    alt.boundary = "_000_%s_" % core
    acc = ids.ru_account("044525593", "40702810X01300027415")
    m.fact("accounts", acc)
    d0 = U.local("MSK", 2026, 12, 1, 16, 20, 33)
    land_text = ("Добрый день!\n\nНаправляем счёт № 2291 от 01.12.2026 на оплату аренды складского помещения № 14 "
                 "за декабрь 2026 г. по договору № СК-07/24.\n\nСумма: 186 000,00 руб., в т.ч. НДС 22%% 33 540,98 руб.\n"
                 "Реквизиты без изменений: р/с %s в АО «АЛЬФА-БАНК», БИК 044525593, "
                 "к/с 30101810200000000593.\n\nОригинал счёта передан с водителем.\n\nС уважением,\n"
                 "Бухгалтерия ООО «Складской комплекс Очаково»\n") % acc
    inner = ("Return-Path: <buh@sk-ochakovo.ru>\nReceived: from forward102a.mail.yandex.net (forward102a.mail.yandex.net "
             "[178.154.239.85])\n\tby mx01.example.com (Postfix) with ESMTPS id %s\n\tfor <anna.sokolova@examplegroup.eu>; "
             "%s\nFrom: =?utf-8?B?%s?= <buh@sk-ochakovo.ru>\nTo: anna.sokolova@examplegroup.eu\nSubject: =?utf-8?B?%s?=\n"
             "Date: %s\nMessage-ID: <%d%d@mail.yandex.ru>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
             "Content-Transfer-Encoding: base64\n\n" % (
                 U.postfix_qid(m.rng), U.fmt(U.add(d0, 4), "CET", "postfix"),
                 base64.b64encode("Бухгалтерия СК Очаково".encode()).decode(),
                 base64.b64encode("Счёт на аренду за декабрь 2026".encode()).decode(),
                 U.fmt(d0, "MSK"), m.rng.randint(10 ** 6, 10 ** 7), U.ts(d0))).encode() + mime.b64lines(land_text.encode())
    fwd = P("message/rfc822", data=inner, filename="Счёт на аренду за декабрь 2026.eml", disposition="attachment",
            cte="7bit", fn_style="rfc2047b")
    root = P("multipart/mixed", boundary="_004_%s_" % core, children=[alt, fwd])
    m.what = ("Internal note (KOI8-R) from the Moscow office manager to the accountant: December warehouse rent "
              "invoice arrived, please pay by 10.12; the landlord's original e-mail is attached as .eml.")
    m.why = ("Internal Exchange route, routine recurring payment, explicitly unchanged bank details, invoice already "
             "in the accounting system.")
    return m.finish(mta.exchange_internal, root)


def b40():
    m = Msg("40-ru-klient-mailru-lot-samovar.eml", "business", "ru")
    m.frm = ("Сергей Тихомиров", "s.tikhomirov@mail.ru")
    m.to = [("", ANNA[1])]
    m.subject = "Вопрос по лоту 56 (самовар Баташёва) – осмотр и оплата"
    m.date = U.local("MSK", 2026, 10, 23, 18, 51, 6)
    m.date_zone = "MSK"
    m.msgid = "<%d.%d@f%d.i.mail.ru>" % (U.ts(m.date), m.rng.randint(10 ** 8, 10 ** 9), m.rng.randint(100, 599))
    m.fact("phones", "+7 916 204-77-31")
    text = ("Здравствуйте, Анна!\n\nМеня интересует лот 56 вашего ноябрьского аукциона – самовар фабрики Баташёва "
            "(Тула, конец XIX в.). Можно ли посмотреть его в офисе до торгов, например в субботу 7 ноября? И "
            "подскажите, пожалуйста, есть ли клейма на тулове и не было ли пайки.\n\nЕсли куплю, оплата возможна "
            "банковским переводом с моего счёта в Сбербанке? Доставка не нужна, заберу сам.\n\nС уважением,\n"
            "Сергей Тихомиров\n+7 916 204-77-31\n")
    html = "<HTML><BODY><div>%s</div></BODY></HTML>\n" % "</div><div>".join(esc(l) if l else "&nbsp;"
                                                                                for l in text.split("\n"))
    root = P("multipart/alternative", boundary="--ALT--%s%d" % (U.hexs(m.rng, 16), U.ts(m.date)), children=[
        P("text/plain", text=text, charset="utf-8", cte="base64"),
        P("text/html", text=html, charset="utf-8", cte="base64")])
    m.what = ("Private client (Mail.ru) asks to view a Tula samovar before the Moscow sale and whether he can pay by "
              "transfer from his own Sberbank account.")
    m.why = ("Ordinary collector enquiry from a personal mailbox, no links or attachments, no unusual payment or "
             "third parties; Mail.ru DKIM/DMARC pass.")
    return m.finish(mta.mailru, root)


ATTACK = [a37, a38, a39, a40]
BUSINESS = [b37, b38, b39, b40]
