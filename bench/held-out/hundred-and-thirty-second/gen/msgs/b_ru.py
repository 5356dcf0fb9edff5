"""Business messages 37-40 (Russian)."""
from lib import base, clients, containers, docs, infra, util
from lib import company as C
from lib.base import Multipart, Part, att, bnd, finish, mk
from lib.util import local

T = C.TECHNO
X = C.EXPOSVET
E = C.ENT["RU"]


def b37():
    m = mk("37-ru-kontur-ekstern-trebovanie-postupilo", "business", "ru")
    m.t = local("RU", 2026, 12, 10, 9, 31, 5)
    m.date_zone = "RU"
    m.from_ = ("Контур.Экстерн", "noreply@kontur.ru")
    m.to = [(None, "dmitry.volkov@examplegroup.eu")]
    m.rcpt = "dmitry.volkov@examplegroup.eu"
    m.subject = "Поступило требование из ИФНС № 33 — ООО «Экзампл Груп Рус»"
    url = "https://extern.kontur.ru/"
    title = "Поступило требование"
    paras = ["Организация: ООО «Экзампл Груп Рус», ИНН 7724123458, КПП 773301001",
             "Отправитель: ИФНС России № 33 по г. Москве\nДокумент: Требование о представлении пояснений (ст. 88 НК РФ) "
             "по декларации по НДС за 3 квартал 2026 г.\nДата поступления: 10.12.2026",
             "Необходимо отправить квитанцию о приёме в течение 6 рабочих дней. Открыть требование и отправить "
             "квитанцию можно в Контур.Экстерне.",
             "Документы налоговых органов приходят только в Экстерн. Письма с архивами и паролями от имени ФНС — "
             "мошенничество."]
    footer = ["АО «ПФ «СКБ Контур» · 620144, Екатеринбург, ул. Народной Воли, 19а",
              "Вы получили это письмо, так как подписаны на уведомления Контур.Экстерна."]
    html = clients.notif_html("Контур.Экстерн", "#e00", title, paras, ("Перейти в Экстерн", url), footer, "ru",
                              logo_text="Контур.Экстерн")
    text = clients.notif_text(title, paras, ("Перейти в Экстерн", url), footer)
    m.root = base.html_alt(m, text, html, "utf-8", "quoted-printable", "quoted-printable", kind="java")
    m.system = (infra.platform, dict(host="mx-out3.kontur.ru", ip="192.0.2.160",
                                     dkim_list=[("kontur.ru", "mail", "From:To:Subject:Date:Message-ID")],
                                     msgid="%s@notify.kontur.ru" % util.uuid4(m.r), envfrom="bounce@notify.kontur.ru",
                                     dmarc="pass"))
    return finish(m, "E-filing operator notice: a demand for explanations from the tax office arrived in the company's "
                     "Kontur.Extern account; acknowledge within 6 working days in the portal.",
                  "Genuine: tax-office documents reach the company only via its e-filing operator; operator domain "
                  "with DKIM, no attachment, link to the operator's portal, warns about fake FNS archives.",
                  hard_neg=(["37-ru-trebovanie-fns-zip-parol"], "Tax office demand (требование ФНС)",
                            "Delivered via the e-filing operator, no archive/password, operator's own domain"))


def b38():
    m = mk("38-ru-technopark-akt-sverki-xlsx", "business", "ru")
    m.t = local("RU", 2026, 12, 14, 11, 46, 10)
    m.date_zone = "RU"
    m.from_ = T["buh"]
    m.to = [C.S("acc_ru")]
    m.rcpt = "dmitry.volkov@examplegroup.eu"
    m.subject = "Акт сверки взаиморасчётов за 9 месяцев 2026 г."
    paras = ["Добрый день, Дмитрий!",
             "Направляем акт сверки взаиморасчётов между ООО «ТехноПарк Инструмент» и ООО «Экзампл Груп Рус» за период "
             "01.01.2026–30.09.2026. По нашим данным задолженность в пользу ООО «Экзампл Груп Рус» составляет "
             "48 000,00 руб. (доплата по застройке MosBuild).",
             "Просим проверить и при согласии подписать через Диадок.",
             "С уважением,\nГлавный бухгалтер\nОльга Петрова\nООО «ТехноПарк Инструмент»\n+7 495 980 21 17"]
    x = containers.xlsx([("Акт сверки", [
        ["Акт сверки взаимных расчётов за период 01.01.2026 – 30.09.2026", None, None, None, None],
        ["между ООО «ТехноПарк Инструмент» (%s) и ООО «Экзампл Груп Рус» (%s)" % (T["vat"], E["vat"]), None, None, None, None],
        [None, None, None, None, None],
        ["Дата", "Документ", "Дебет", "Кредит", "Сальдо"],
        ["12.03.2026", "Счёт № 41 (проект стенда MosBuild)", 960000.0, None, None],
        ["20.03.2026", "Платёжное поручение № 388", None, 960000.0, None],
        ["15.04.2026", "УПД № 97 (застройка, доп. работы)", 48000.0, None, None],
        ["30.09.2026", "Сальдо на конец периода", None, None, 48000.0],
        [None, None, None, None, None],
        ["По данным ООО «ТехноПарк Инструмент» задолженность в пользу ООО «Экзампл Груп Рус» 48 000,00 руб.", None, None, None, None],
    ], {"widths": [12, 44, 14, 14, 14], "bold_rows": [0, 3]})], title="Акт сверки 9 мес 2026", creator="1С:Бухгалтерия",
        created="2026-12-14T08:30:00Z", company="ООО ТехноПарк Инструмент", application="1С:Предприятие 8.3")
    xp = att(m, x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Акт_сверки_9мес_2026.xlsx",
             "plain", fn_style="rfc2047")
    text = clients.plain_text(paras, None, None, "plain", "ru")
    html = "".join("<div>%s</div><div> </div>" % clients.html_of(p).replace("\n", "<br />") for p in paras) + "\n"
    alt = clients.alt(text, html, "utf-8", "utf-8", "base64", "base64", base.bnd(m, "yandex"))
    m.root = Multipart("mixed", [alt, xp], base.bnd(m, "yandex"))
    m.system = (infra.yandex, dict(web=True))
    return finish(m, "Customer's chief accountant sends the reconciliation statement for 9 months 2026 as XLSX "
                     "(balance 48,000 RUB in our favour), signature via the EDI system.",
                  "Genuine reconciliation: accounts mailbox of the customer on Yandex 360, spreadsheet with entries "
                  "only, signing through the usual EDI channel, no external link or password.",
                  hard_neg=(["38-ru-technopark-vzlom-akt-sverki-yadisk"], "Reconciliation statement (акт сверки)",
                            "From the accounts mailbox, XLSX attached directly, no Yandex Disk archive or password"),
                  phones=["+7 495 980 21 17"])


def b39():
    m = mk("39-ru-exposvet-schet-qr-oplata", "business", "ru")
    m.t = local("RU", 2026, 11, 23, 15, 12, 48)
    m.date_zone = "RU"
    m.from_ = X["sender"]
    m.to = [C.S("om_ru")]
    m.cc = [C.S("acc_ru")]
    m.rcpt = "ekaterina.smirnova@examplegroup.eu"
    m.subject = "Счёт № 1187 от 23.11.2026 — аренда светового оборудования"
    purpose = "Оплата по счёту № 1187 от 23.11.2026 за аренду светового оборудования, в т.ч. НДС 22%"
    items = [("Аренда LED-прожекторов 100 Вт (24 шт.), MosBuild 2027, 4 дня", 24, 2400.00),
             ("Аренда световых коробов 2000x2500 (2 шт.)", 2, 9500.00),
             ("Доставка, монтаж и демонтаж светового оборудования", 1, 18000.00)]
    net = sum(q * p for _, q, p in items)
    gross = round(net * 1.22, 2)
    qr = ("ST00012|Name=%s|PersonalAcc=%s|BankName=ПАО Сбербанк|BIC=%s|CorrespAcc=%s|PayeeINN=%s|KPP=%s|Sum=%d|"
          "Purpose=%s" % (X["name"], X["acct"], X["bic"], X["corr"], X["inn"], X["kpp"], round(gross * 100), purpose))
    seller = dict(name=X["name"], zone="RU", lines=["ИНН %s, КПП %s" % (X["inn"], X["kpp"]), X["addr"]],
                  footer=["%s · ИНН %s · р/с %s в ПАО Сбербанк, БИК %s, к/с %s" % (X["name"], X["inn"], X["acct"],
                                                                                  X["bic"], X["corr"])])
    buyer = dict(name=E["name"], lines=["%s, КПП %s" % (E["vat"], E["kpp"]), "125373, г. Москва,",
                                        "Походный проезд, д. 3, стр. 2, офис 412"])
    meta = [("Счёт №", "1187"), ("от", "23.11.2026"), ("Договор", "№ 14/26 от 02.02.2026"), ("Оплатить до", "07.12.2026")]
    pdfb, tot = docs.invoice_pdf(
        m, "ru", seller, buyer, meta, items, 22,
        ["Получатель: %s" % X["name"], "ИНН %s  КПП %s" % (X["inn"], X["kpp"]), "Банк получателя: ПАО Сбербанк, г. Москва",
         "БИК %s  к/с %s" % (X["bic"], X["corr"]), "р/с %s" % X["acct"]],
        notes=["Счёт действителен в течение 14 дней."], qr=qr, qr_caption=["Оплата по QR-коду", "(ГОСТ Р 56042-2014)"],
        currency="руб.", creator="1С:Предприятие 8.3 (8.3.25)", producer="1С:Предприятие 8.3 (8.3.25)",
        t=local("RU", 2026, 11, 23, 15, 0), title="Счёт на оплату № 1187")
    assert abs(tot["gross"] - gross) < 0.005
    paras = ["Екатерина, добрый день!",
             "Во вложении счёт № 1187 на аренду света для стенда ТехноПарк на MosBuild 2027 по договору № 14/26. "
             "Реквизиты прежние, для удобства на счёте есть QR-код для оплаты из банковского приложения.",
             "Оригиналы документов (УПД) отправим через Диадок после мероприятия.",
             "С уважением,\nбухгалтерия ООО «ЭкспоСвет»\n+7 495 640 77 13"]
    text = clients.plain_text(paras, None, None, "plain", "ru")
    html = "".join("<div>%s</div><div><br></div>" % clients.html_of(p).replace("\n", "<br>") for p in paras) + "\n"
    alt = clients.alt(text, html, "utf-8", "utf-8", "base64", "base64", base.bnd(m, "mailru"))
    pdfp = att(m, pdfb, "application/pdf", "Счет_1187_от_23.11.2026.pdf", "plain", fn_style="rfc2047")
    m.root = Multipart("mixed", [alt, pdfp], base.bnd(m, "mailru"))
    m.extra = [("X-Mailer", "Mail.ru Mailer 1.0"), ("X-Priority", "3 (Normal)")]
    m.system = (infra.mailru, dict())
    return finish(m, "Lighting-rental supplier (VK WorkSpace/Mail.ru) sends its invoice under an existing contract; "
                     "PDF with GOST payment QR code for its usual Sberbank account.",
                  "Genuine invoice with Russian payment QR: known supplier domain, contract reference, QR fields equal "
                  "the printed bank details, originals via EDI.",
                  hard_neg=(["40-ru-lzhe-crocus-schet-qr-elektrichestvo"], "Invoice with ST00012 payment QR",
                            "Known supplier and contract, payee is the supplier itself, no deadline threat"),
                  phones=["+7 495 640 77 13"],
                  other=["Russian account: р/с %s, БИК %s, к/с %s (ПАО Сбербанк), ИНН %s" % (X["acct"], X["bic"], X["corr"], X["inn"])])


def b40():
    m = mk("40-ru-vnutrennee-avansovyi-otchet", "business", "ru")
    m.t = local("RU", 2026, 12, 16, 10, 5, 33)
    m.date_zone = "RU"
    m.from_ = C.S("acc_ru")
    m.to = [C.S("om_ru")]
    m.rcpt = "ekaterina.smirnova@examplegroup.eu"
    m.subject = "Авансовый отчёт по командировке (Крокус, монтаж) — нужны чеки до пятницы"
    m.hcs = "koi8-r"
    m.hmode = "B"
    infra.exchange_prepare(m, "EXCH01")
    paras = ["Катя, привет!",
             "Закрываю декабрь. По командировке на монтаж в Крокусе (08–11.12) не хватает чеков за такси и за "
             "гостиницу «Аквариум» — пришли, пожалуйста, сканы до пятницы, оригиналы можно занести в понедельник.",
             "Авансовый отчёт в 1С я уже создал, тебе нужно будет только подписать.",
             "Спасибо!\nДима"]
    sig = ["Дмитрий Волков", "Главный бухгалтер · ООО «Экзампл Груп Рус»", "Тел. +7 495 212 48 30"]
    m.root = base.outlook_body(m, paras, sig, lang="ru", cs="koi8-r", font="Calibri")
    m.system = (infra.exchange, dict(lang="ru-RU", client_ip="10.20.80.11"))
    return finish(m, "Internal note from the Moscow accountant asking the office manager for missing receipts for "
                     "an expense report.",
                  "Genuine internal mail in Russian (Outlook, KOI8-R): internal route, routine bookkeeping, nothing "
                  "to click or pay.",
                  phones=["+7 495 212 48 30"])


MESSAGES = [b37, b38, b39, b40]
