# -*- coding: utf-8 -*-
"""Genuine business mail, Russian (37-40)."""
from .common import *  # noqa: F401,F403
from .common import S, H, loc, ol_alt, outlook_html, ol_p, pdf_doc, gost
from .orgs import AQ
from lib import util, checks as K, qr, png, archive, company as C, systems as SY
from lib.message import scenario


# ---------------------------------------------------------------------------------------------
@scenario("business", 37, "ru", "akvatorg-akt-sverki-koi8r")
def b37(m):
    m.at("RU", 2026, 10, 14, 12, 5)
    m.mua = "outlook"
    m.hdr_cs, m.hdr_enc = "koi8-r", "B"
    frm = AQ["egorova"]
    ba = C.RU_BANK_AQUA
    m.fact("accounts", ("р/с ООО АкваТорг (genuine), ПАО Сбербанк, key checked against BIK " + ba["bik"], ba["acc"], K.ru_account_ok(ba["bik"], ba["acc"])))
    m.phone(AQ["tel"])
    text = ("Добрый день, Дмитрий!\n\n"
            "Направляю акт сверки взаимных расчётов за 9 месяцев 2026 г. По нашим данным на 30.09.2026 задолженность "
            "ООО \"АкваТорг\" перед ООО \"Экзампл Рус\" составляет 1 126 480,00 руб. (УПД N 1121 от 25.09.2026, срок оплаты "
            "по договору - 25.10.2026). Переплат нет.\n\n"
            "Просим проверить и, если всё сходится, подписать акт в Диадоке - мы его туда тоже отправили.\n\n"
            "Кстати, вчера нам сообщили, что от имени нашей бухгалтерии с похожего адреса (aqua-torg.ru) рассылают письма "
            "о \"возврате переплаты\" на новые реквизиты. Это не мы: наши реквизиты не менялись (ПАО Сбербанк, р/с %s), "
            "а пишем мы только с адресов @aquatorg.ru.\n\n"
            "С уважением,\nЕгорова Наталья Викторовна\nГлавный бухгалтер ООО \"АкваТорг\"\nтел. %s\n" % (ba["acc"], AQ["tel"]))
    rows = [["АКТ СВЕРКИ взаимных расчётов за период 01.01.2026 – 30.09.2026"],
            ["между ООО «Экзампл Рус» и ООО «АкваТорг» по договору поставки № 14/П-2025"], [],
            ["Дата", "Документ", "Дебет, руб.", "Кредит, руб."],
            ["01.01.2026", "Сальдо начальное", 0, 0],
            ["21.08.2026", "Реализация (УПД № 1044)", 418600.0, ""],
            ["14.08.2026", "Оплата (п/п № 2291)", "", 418600.0],
            ["25.09.2026", "Реализация (УПД № 1121)", 1126480.0, ""],
            ["30.09.2026", "Сальдо конечное в пользу ООО «Экзампл Рус»", 1126480.0, ""]]
    xl = archive.xlsx([("Акт сверки", rows)], title="Акт сверки 9м 2026", creator="Егорова Н.В.")
    body = m.mixed(ol_alt(m, text, "ru", "koi8-r", "quoted-printable"),
                   m.attach(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Акт_сверки_9м_2026_АкваТорг.xlsx"))
    m.send(body, frm, [S["ru_acc"]], "Акт сверки за 9 месяцев 2026 г.", SY.yandex())
    m.what = ("The Moscow distributor's chief accountant sends the genuine 9-month reconciliation (KOI8-R text, XLSX) and "
              "warns that look-alike mails about 'refunds' come from aqua-torg.ru.")
    m.why = ("Real aquatorg.ru domain on Yandex 360 (DKIM/SPF pass), balance owed to Example Rus (no refund), bank details "
             "unchanged, signature via Diadoc; mentions the attack's wording only as a warning.")
    m.pair = ([37], "reconciliation act / overpayment refund", "Same topic and sender name; genuine act shows a debt towards Example Rus and unchanged bank details, the look-alike invents a double payment and a new account.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 38, "ru", "arenda-schet-gost-qr-vnutrenniy")
def b38(m):
    m.at("RU", 2026, 11, 25, 15, 20)
    m.mua = "exchange"
    m.hdr_cs, m.hdr_enc = "windows-1251", "B"
    bl = C.RU_BANK_LANDLORD
    landlord = "ООО «БЦ Новослободский»"
    linn = K.ru_inn10("770718236")
    m.fact("accounts", ("р/с landlord (genuine), Банк ВТБ, key checked against BIK " + bl["bik"], bl["acc"], K.ru_account_ok(bl["bik"], bl["acc"])))
    m.fact("accounts", ("к/с Банк ВТБ", bl["corr"], K.ru_corr_ok(bl["bik"], bl["corr"])))
    summ = 384000.00
    payload = m.qr_payload(gost(landlord, bl["acc"], bl["bank"], bl["bik"], bl["corr"], linn, "770701001", int(summ * 100),
                                "Арендная плата за декабрь 2026 г. по договору № А-415/23, в т.ч. НДС 22%"),
                           "attachment Счёт_2611_аренда_декабрь.pdf (ГОСТ Р 56042-2014)")
    text = ("Дмитрий, добрый день!\n\n"
            "Пересылаю счёт БЦ за аренду офиса на декабрь (счёт № 2611 от 24.11.2026, 384 000,00 руб., в т.ч. НДС 22%). "
            "Реквизиты те же, что и в договоре аренды № А-415/23, я сверила с карточкой контрагента. QR-код на счёте можно "
            "отсканировать в банк-клиенте ВТБ.\n\n"
            "Оплатить нужно до 05.12. Оригинал счёта и акт за ноябрь принесу завтра.\n\n"
            "Спасибо!\nОльга\n\nСмирнова Ольга\nОфис-менеджер, ООО «Экзампл Рус»\nтел. +7 495 181 42 61\n")
    d = pdf_doc("dejavu", producer="1С:Предприятие 8.3", creator="1С:Бухгалтерия 3.0", title="Счёт на оплату № 2611",
                when=util.plus(m.date, -86400), tz_min=180)
    d.letterhead(landlord, ["127055, г. Москва, ул. Новослободская, д. 73, стр. 2 · ИНН %s · КПП 770701001" % linn],
                 color=(0.2, 0.2, 0.45))
    d.kv([("Банк получателя", "%s, г. Москва" % bl["bank"]), ("БИК", bl["bik"]), ("Сч. №", bl["corr"]),
          ("Получатель", "%s, ИНН %s, КПП 770701001" % (landlord, linn)), ("Сч. № (р/с)", bl["acc"])], keyw=130, size=9)
    d.heading("Счёт на оплату № 2611 от 24 ноября 2026 г.", 13)
    d.kv([("Поставщик", landlord), ("Покупатель", "ООО «Экзампл Рус», ИНН %s, КПП 770701001" % C.RU_INN)], keyw=130, size=9)
    d.table(["№", "Наименование", "Кол-во", "Ед.", "Цена", "Сумма"],
            [["1", "Арендная плата за офис 415 (312 м²) за декабрь 2026 г.", "1", "мес.", "384 000,00", "384 000,00"]],
            [20, 250, 45, 35, 65, 68], ["l", "l", "r", "l", "r", "r"], size=8.5)
    d.kv([("Итого", "384 000,00 руб."), ("В том числе НДС 22%", "69 245,90 руб.")], keyw=330, size=9)
    d.para("Оплатить не позднее 05.12.2026. Основание: договор аренды № А-415/23 от 01.02.2023.", 9)
    d.qr(qr.encode(payload), 110, caption="Оплата по QR-коду (ГОСТ Р 56042-2014)")
    pdfb = d.build()
    body = m.mixed(ol_alt(m, text, "ru", "windows-1251", "quoted-printable"),
                   m.attach(pdfb, "application/pdf", "Счёт_2611_аренда_декабрь.pdf"))
    m.send(body, S["ru_om"], [S["ru_acc"]], "Счёт за аренду офиса, декабрь 2026 – на оплату", SY.exchange_internal("EXCH01", "EXCH02"))
    m.what = ("Internal (windows-1251): the Moscow office manager forwards the landlord's December rent invoice (1C PDF) "
              "with a ГОСТ Р 56042 payment QR code, checked against the lease contract.")
    m.why = ("Internal Exchange mail; recurring rent to the known landlord, bank details checked against the contract and "
             "counterparty card, QR with correct account key/BIK; only due-date pressure of a normal invoice.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 39, "ru", "diadok-uvedomlenie-akvatorg")
def b39(m):
    m.at("RU", 2026, 12, 3, 10, 2)
    m.mua = "generic"
    box = util.hexs(m.rng, 32)
    letter = util.guid(m.rng)
    doc = util.guid(m.rng)
    link = m.url("https://diadoc.kontur.ru/%s/Document/Show?letterId=%s&documentId=%s" % (box, letter, doc))
    unsub = m.url("https://diadoc.kontur.ru/%s/Settings/Notifications" % box)
    text = ("Диадок\n\n"
            "ООО «АкваТорг» отправил вам документ\n\n"
            "Дополнительное соглашение № 3 к договору поставки № 14/П-2025 (бонусы 2027)\n"
            "Требуется ваша подпись\n\n"
            "Открыть документ: %s\n\n"
            "Документ можно подписать в веб-версии Диадока или в 1С через модуль «1С-Диадок».\n\n"
            "Вы получили это письмо, потому что подписаны на уведомления ящика ООО «ЭКЗАМПЛ РУС».\n"
            "Настроить уведомления: %s\n© АО «ПФ «СКБ Контур», 2026\n" % (link, unsub))
    html = ('<html><body style="margin:0;background:#f6f6f6;font-family:Segoe UI,Arial,sans-serif"><table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">'
            '<tr><td style="padding:20px 28px;font-size:20px;color:#1f87ef"><b>Диадок</b></td></tr>'
            '<tr><td style="padding:0 28px 20px 28px;font-size:15px;line-height:22px;color:#222"><b>ООО «АкваТорг»</b> отправил вам документ<br><br>'
            'Дополнительное соглашение № 3 к договору поставки № 14/П-2025 (бонусы 2027)<br><span style="color:#d70c17">Требуется ваша подпись</span><br><br>'
            '<a href="%s" style="background:#1f87ef;color:#fff;padding:10px 24px;text-decoration:none;border-radius:3px">Открыть документ</a><br><br>'
            '<span style="font-size:13px;color:#555">Документ можно подписать в веб-версии Диадока или в 1С через модуль «1С-Диадок».</span></td></tr>'
            '<tr><td style="padding:16px 28px;font-size:11px;color:#999;border-top:1px solid #eee">Вы получили это письмо, потому что подписаны на уведомления ящика ООО «ЭКЗАМПЛ РУС».<br>'
            '<a href="%s" style="color:#999">Настроить уведомления</a><br>© АО «ПФ «СКБ Контур», 2026</td></tr></table></body></html>' % (H(link), H(unsub)))
    body = m.alt(m.plain(text, "utf-8", "quoted-printable"), m.html(html, "utf-8", "base64"))
    m.msgid = "<%s@diadoc.kontur.ru>" % util.guid(m.rng)
    m.send(body, ("Диадок", "noreply@diadoc.kontur.ru"), [S["ru_acc"]],
           "ООО «АкваТорг» отправил вам документ: Дополнительное соглашение № 3",
           SY.platform_mta("mx-out3.kontur.ru", "46.17.203.%d" % m.rng.randrange(10, 250),
                           dkim_list=[("diadoc.kontur.ru", "dkim2024", "From:To:Subject:Date:Message-ID:Content-Type:MIME-Version")],
                           inner_received=lambda mm, t: "from diadoc-notify-7.kontur-host.ru (diadoc-notify-7.kontur-host.ru [10.34.12.%d])\n\tby mx-out3.kontur.ru (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                           % (mm.rng.randrange(2, 250), util.postfix_short_qid(mm.rng), mm.rcpt[0], util.rfc2822(t, "RU", comment=True)),
                           tls="1.3"),
           date_tz="RU")
    m.what = "Kontur.Diadoc notification: AquaTorg sent supplementary agreement No. 3 (bonuses 2027) for signature."
    m.why = ("Real Diadoc notification (kontur.ru infrastructure, DKIM diadoc.kontur.ru, DMARC pass), link to the "
             "diadoc.kontur.ru web app, matches the existing supply contract, to the accountant who holds the Diadoc box.")
    m.pair = ([39], "Kontur.Diadoc document notification", "Same template and counterparty; genuine mail from kontur.ru with a diadoc.kontur.ru link, the attack from diadoc-kontur.ru linking to auth-login.site with a 3-day auto-reject threat.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 40, "ru", "akvatorg-pretenziya-nedostacha-foto")
def b40(m):
    m.at("RU", 2026, 11, 27, 16, 30)
    m.mua = "yandex"
    frm = AQ["volkov"]
    m.phone("+7 916 402 18 77")
    text = ("Ольга, Дмитрий, добрый день!\n\n"
            "По поставке 24.11.2026 (УПД № 1163, машина Ferretti, пломба 0418827) при приёмке на нашем складе выявлены "
            "недостача 2 паллет воды 0,5 л негаз. и бой 146 бутылок 1,5 л. Акт о расхождении по форме ТОРГ-2 составлен с "
            "водителем, фото повреждённых паллет прилагаю.\n\n"
            "Направляем претензию № 12/П от 27.11.2026 на сумму 58 214,40 руб. Просим рассмотреть и оформить "
            "корректировочный УПД через Диадок, либо согласовать допоставку с ближайшей машиной.\n\n"
            "Оригинал претензии отправим почтой. Если удобно, созвонимся в понедельник.\n\n"
            "С уважением,\nВолков Андрей\nКоммерческий директор ООО «АкваТорг»\nмоб. +7 916 402 18 77\n")
    d = pdf_doc("dejavu", producer="Microsoft® Word для Microsoft 365", creator="Microsoft® Word для Microsoft 365",
                title="Претензия № 12/П", author="Волков А.", when=util.plus(m.date, -3600), tz_min=180)
    d.letterhead("ООО «АкваТорг»", ["%s · ИНН %s · КПП %s · ОГРН %s" % (AQ["addr"], AQ["inn"], AQ["kpp"], AQ["ogrn"])],
                 color=(0.0, 0.4, 0.7), right_lines=("Исх. № 12/П от 27.11.2026",))
    d.para("Генеральному директору ООО «Экзампл Рус»\n127055, г. Москва, ул. Новослободская, д. 73, стр. 2", 10)
    d.heading("ПРЕТЕНЗИЯ", 13)
    d.para("По договору поставки № 14/П-2025 ООО «Экзампл Рус» осуществило поставку товара по УПД № 1163 от 24.11.2026. "
           "При приёмке товара 25.11.2026 выявлены: недостача 2 (двух) паллет товара «Вода минеральная природная 0,5 л "
           "негаз.» (2 × 1 440 бут.) и бой 146 бутылок товара «Вода минеральная 1,5 л». Составлен акт ТОРГ-2 № 118.")
    d.para("На основании п. 5.4 договора просим возместить стоимость недостающего и повреждённого товара в размере "
           "58 214,40 руб. (в т.ч. НДС) путём выставления корректировочного УПД либо осуществить допоставку в течение "
           "10 рабочих дней.")
    d.para("Приложения: акт ТОРГ-2 № 118, фотоматериалы (2 шт.), копия транспортной накладной.")
    d.space(14)
    d.para("Коммерческий директор                                         А. Н. Волков", 10)
    pdfb = d.build()
    photo1 = png.photo(320, 240, m.rng, (150, 120, 90))
    photo2 = png.photo(320, 240, m.rng, (110, 130, 150))
    html = "<div>" + "".join("<div>%s</div>" % (H(x) if x else "&nbsp;") for x in text.split("\n")) + "</div>"
    body = m.mixed(m.alt(m.plain(text, "utf-8", "base64"), m.html(html, "utf-8", "base64")),
                   m.attach(pdfb, "application/pdf", "Претензия_12П_от_27.11.2026.pdf", style="generic"),
                   m.attach(photo1, "image/png", "IMG_20261125_094112.png", style="generic"),
                   m.attach(photo2, "image/png", "IMG_20261125_094236.png", style="generic"))
    m.send(body, frm, [S["ru_om"]], "Претензия № 12/П по поставке 24.11.2026 (УПД № 1163)", SY.yandex(), cc=[S["ru_acc"]])
    m.what = ("Genuine claim from the Moscow distributor: shortage of 2 pallets and breakage after the 24 Nov delivery; "
              "claim letter as PDF plus two photos, asks for a correction UPD via Diadoc.")
    m.why = ("Real customer domain on Yandex 360 (DKIM/SPF pass), refers to a real delivery, contract and Diadoc process, "
             "attachments are a PDF and photos (no archives/shortcuts), offers a call; compare the LNK 'claim' in attack/40.")
    m.pair = ([40], "pre-trial claim / претензия", "Both are claims with attachments and legal wording; the genuine one is a PDF + photos from a known customer about a real delivery, the attack a ZIP of .lnk shortcuts from an unknown carrier about a non-existent contract.")
