"""Attack messages 37-40 (Russian)."""
from lib import base, clients, containers, docs, infra, util
from lib import company as C
from lib.base import Multipart, Part, att, bnd, finish, mk
from lib.util import local

T = C.TECHNO
TB_BIC = "044525974"
TB_CORR = "30101810145250000974"
A40_ACC = util.ru_account(TB_BIC, "4070281001000734518")


def a37():
    m = mk("37-ru-trebovanie-fns-zip-parol", "attack", "ru")
    m.t = local("RU", 2026, 12, 9, 10, 18, 44)
    m.date_zone = "RU"
    m.from_ = ("ИФНС России № 33 по г. Москве", "i7733@stroykomplekt-m.ru")
    m.to = [(None, "dmitry.volkov@examplegroup.eu")]
    m.rcpt = "dmitry.volkov@examplegroup.eu"
    m.subject = "Требование о представлении пояснений № 12-07/48213 от 09.12.2026"
    m.hcs = "windows-1251"
    m.hmode = "B"
    pwd = "48213"
    text = ("Уважаемый налогоплательщик!\n\n"
            "В соответствии со статьями 31, 88 и 93 Налогового кодекса Российской Федерации направляем Вам "
            "требование о представлении пояснений по налоговой декларации по НДС за 3 квартал 2026 года "
            "(ИНН 7724123458, КПП 773301001).\n\n"
            "Пояснения необходимо представить в течение 5 рабочих дней со дня получения требования. Непредставление "
            "пояснений влечёт ответственность по статье 129.1 НК РФ и может стать основанием для приостановления "
            "операций по счетам.\n\n"
            "Требование и перечень расхождений во вложении. В целях защиты налоговой тайны архив защищён паролем: %s\n\n"
            "Государственный налоговый инспектор\nотдела камеральных проверок № 2\nСоколова Е. А.\n"
            "тел. +7 495 400 18 33\n" % pwd)
    inner = [("Требование_12-07_48213.pdf.exe",
              base.inert("Windows executable (.exe) - information stealer dropper", "Требование_12-07_48213.pdf.exe"),
              {"dt": (2026, 12, 9, 9, 55, 0)}),
             ("Перечень_расхождений.xls.exe",
              base.inert("Windows executable (.exe)", "Перечень_расхождений.xls.exe"), {"dt": (2026, 12, 9, 9, 55, 0)})]
    z = containers.make_zip(inner, password=pwd.encode(), rnd=m.r, made_by=0x0014)
    zname = "Требование_12-07_48213.zip"
    zp = att(m, z, "application/x-zip-compressed", zname, "thunderbird", fn_style="rfc2231", fn_charset="windows-1251")
    tp = clients.text_part(text, "windows-1251", "quoted-printable")
    m.root = Multipart("mixed", [tp, zp], "----------%s" % util.rand_hex(m.r, 16, upper=True))
    m.msgid = "%d.%s@stroykomplekt-m.ru" % (m.r.randint(10 ** 8, 10 ** 9), util.in_zone(m.t, "RU")[0].strftime("%Y%m%d%H%M%S"))
    m.extra = [("X-Mailer", "The Bat! (v10.5.3) Professional"), ("X-Priority", "1 (Highest)")]
    m.system = (infra.exim_cpanel, dict(server="server241.hosting.reg.ru", server_ip="31.31.196.187",
                                        phpmailer=False, auth_user="i7733@stroykomplekt-m.ru",
                                        client_ip="95.214.55.102", exim="4.97"))
    rec = finish(m, "'Tax office No. 33 Moscow: demand for explanations on the Q3 2026 VAT return' with the company's "
                    "real INN/KPP; password-protected ZIP (password in the body) holding .pdf.exe / .xls.exe files.",
                 "Malware with tax-authority pretext: sent from a hijacked construction company's mailbox on shared "
                 "hosting (The Bat!), FNS never e-mails demands – they arrive via the e-filing operator "
                 "(business/37); encrypted archive defeats scanning; threat of account freeze.",
                 phones=["+7 495 400 18 33"])
    rec["zip_passwords"] = [zname + "=" + pwd]
    return rec


def a38():
    m = mk("38-ru-technopark-vzlom-akt-sverki-yadisk", "attack", "ru")
    m.t = local("RU", 2026, 12, 15, 16, 52, 3)
    m.date_zone = "RU"
    m.from_ = T["kuznetsov"]
    m.to = [C.S("acc_ru")]
    m.cc = [C.S("om_ru")]
    m.rcpt = "dmitry.volkov@examplegroup.eu"
    m.subject = "Re: Акт сверки за 9 месяцев 2026 / счёт на доплату MosBuild"
    prev = "%d%d@mail.yandex.ru" % (1794000000, m.r.randint(100000, 999999))
    m.refs = [prev]
    m.irt = prev
    link = "https://disk.yandex.ru/d/Qm7xK2pLr9tWvB"
    paras = ["Дмитрий, добрый день!",
             "Наша бухгалтерия подготовила обновлённый акт сверки за 9 месяцев с учётом корректировки по застройке "
             "MosBuild и счёт на доплату. Файлы большие (сканы с подписями), поэтому выложил на Яндекс Диск:",
             link,
             "Посмотрите, пожалуйста, сегодня – нам нужно закрыть сверку до конца недели. Пароль для открытия архива: "
             "2026",
             "С уважением,\nАндрей Кузнецов\nРуководитель отдела маркетинга\nООО «ТехноПарк Инструмент»\n"
             "+7 495 980 21 14"]
    text = "\n\n".join(paras) + "\n\n" + "15.12.2026, 16:40, \"Дмитрий Волков\" <dmitry.volkov@examplegroup.eu>:\n" + \
        "> Андрей, добрый день! Акт сверки получили, по застройке MosBuild у нас расхождение 48 000 руб., \n" + \
        "> проверьте, пожалуйста, с вашей бухгалтерией.\n> \n> С уважением,\n> Дмитрий Волков\n"
    html = "<div>%s</div>" % "</div><div> </div><div>".join(p.replace("\n", "<br />") for p in paras[:2]) + \
        '<div> </div><div><a href="%s">%s</a></div><div> </div><div>%s</div><div> </div><div>%s</div>' % (
            link, link, paras[3], paras[4].replace("\n", "<br />")) + \
        "<div> </div><div>15.12.2026, 16:40, \"Дмитрий Волков\" &lt;dmitry.volkov@examplegroup.eu&gt;:</div>" + \
        "<blockquote><div>Андрей, добрый день! Акт сверки получили, по застройке MosBuild у нас расхождение 48 000 руб., " + \
        "проверьте, пожалуйста, с вашей бухгалтерией.</div><div> </div><div>С уважением,<br />Дмитрий Волков</div></blockquote>\n"
    m.root = clients.alt(text, html, "utf-8", "utf-8", "base64", "base64", base.bnd(m, "yandex"))
    m.system = (infra.yandex, dict(web=True))
    return finish(m, "From the customer contact's real Yandex 360 mailbox (compromised), replying to an actual "
                     "discussion: 'updated reconciliation statement and invoice on Yandex Disk', archive password 2026.",
                  "Thread hijack with file-share link: authentic sender infrastructure (SPF/DKIM pass), real context "
                  "(48,000 RUB discrepancy), but a marketing manager sends accounting documents as a password archive "
                  "on Yandex Disk with urgency; the genuine statement arrives as XLSX from the accounts mailbox "
                  "(business/38).",
                  phones=["+7 495 980 21 14"], other=["Archive password stated in body: `2026`"])


def a39():
    m = mk("39-ru-sekstortsiya-bitcoin", "attack", "ru")
    m.t = local("RU", 2026, 10, 31, 4, 12, 9)
    m.date_zone = "RU"
    m.from_ = ("Ekaterina Smirnova", "ekaterina.smirnova@examplegroup.eu")
    m.to = [(None, "ekaterina.smirnova@examplegroup.eu")]
    m.rcpt = "ekaterina.smirnova@examplegroup.eu"
    m.subject = "Ваш аккаунт взломан. Прочитайте внимательно."
    m.hcs = "koi8-r"
    m.hmode = "B"
    wallet = util.bech32_address(m.r)
    text = ("Здравствуйте!\n\n"
            "Как вы могли заметить, это письмо отправлено с вашего собственного адреса. Это значит, что у меня "
            "есть полный доступ к вашей почте и устройству.\n\n"
            "Несколько месяцев назад через вредоносную программу на одном из сайтов для взрослых я получил доступ к "
            "вашему компьютеру и камере. Я записал видео, где вы смотрите эти сайты, а также скопировал список ваших "
            "контактов – коллег, руководства и семьи.\n\n"
            "Если вы не хотите, чтобы это видео получили все ваши контакты, переведите эквивалент 1450 USD в "
            "биткоинах на мой кошелёк:\n\n%s\n\n"
            "У вас 48 часов с момента прочтения этого письма. Я получу уведомление о прочтении. После оплаты видео "
            "будет удалено, и вы больше никогда обо мне не услышите.\n\n"
            "Не пытайтесь отвечать на это письмо и не обращайтесь в полицию – это бесполезно.\n" % wallet)
    m.root = clients.text_part(text, "koi8-r", "8bit")
    m.msgid = "%s@examplegroup.eu" % util.rand_hex(m.r, 20)
    m.auth = {"dkim": [], "spf": "fail", "dmarc": "fail"}
    m.system = (infra.platform, dict(host="WIN-4KQ8T2M1R7D", ip="193.233.48.117", rdns="", tls=None,
                                     order=("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "__MIME__"),
                                     envfrom="ekaterina.smirnova@examplegroup.eu",
                                     pre=[("X-Priority", "3")]))
    return finish(m, "Russian sextortion mail spoofing the recipient's own address: claims webcam video and contact "
                     "list, demands USD 1,450 in bitcoin within 48 hours.",
                  "Sextortion: forged own address (SPF and DMARC fail for examplegroup.eu, no DKIM), direct-to-MX from "
                  "a Windows host name without rDNS, koi8-r plain text, bitcoin wallet, threats.",
                  wallets=[wallet])


def a40():
    m = mk("40-ru-lzhe-crocus-schet-qr-elektrichestvo", "attack", "ru")
    m.t = local("RU", 2026, 12, 3, 11, 4, 26)
    m.date_zone = "RU"
    m.from_ = ("Крокус Экспо — технические услуги", "tu@crocus-expo-service.ru")
    m.to = [C.S("om_ru")]
    m.rcpt = "ekaterina.smirnova@examplegroup.eu"
    m.subject = "Счёт № ТУ-2027/0388 — подключение электроэнергии, MosBuild 2027, павильон 2, стенд B417"
    inn = util.ru_inn10("773589214")
    payee = "ООО «ЭкспоСервис Групп»"
    purpose = "Оплата по счёту № ТУ-2027/0388 от 03.12.2026 за подключение электроэнергии 40 кВт, в т.ч. НДС 22%"
    qr = ("ST00012|Name=%s|PersonalAcc=%s|BankName=АО «ТБанк»|BIC=%s|CorrespAcc=%s|PayeeINN=%s|KPP=773501001|"
          "Sum=18666000|Purpose=%s" % (payee, A40_ACC, TB_BIC, TB_CORR, inn, purpose))
    paras = ["Добрый день!",
             "Направляем счёт на подключение электроэнергии (40 кВт, 380 В) для стенда B417, павильон 2, на выставке "
             "MosBuild 2027 согласно заявке на технические услуги.",
             "Обращаем внимание: в связи с высокой загрузкой подстанций бронь мощности сохраняется только при оплате "
             "до 18.12.2026. Для быстрой оплаты отсканируйте QR-код в счёте в мобильном приложении банка.",
             "Оплату производите на расчётный счёт уполномоченного агента ООО «ЭкспоСервис Групп», указанный в счёте.",
             "С уважением,\nОтдел технических услуг\nМВЦ «Крокус Экспо»\n+7 495 727 17 64"]
    seller = dict(name=payee, zone="RU", lines=["Уполномоченный агент МВЦ «Крокус Экспо» по техническим услугам",
                                                "ИНН %s, КПП 773501001" % inn],
                  footer=["%s · ИНН %s · р/с %s в АО «ТБанк», БИК %s, к/с %s" % (payee, inn, A40_ACC, TB_BIC, TB_CORR)])
    buyer = dict(name=C.ENT["RU"]["name"], lines=["%s, КПП %s" % (C.ENT["RU"]["vat"], C.ENT["RU"]["kpp"]),
                                                  "125373, г. Москва,", "Походный проезд, д. 3, стр. 2, офис 412"])
    meta = [("Счёт №", "ТУ-2027/0388"), ("от", "03.12.2026"), ("Договор", "оферта ТУ MosBuild 2027"),
            ("Оплатить до", "18.12.2026")]
    items = [("Подключение электроэнергии 40 кВт, 380 В, стенд B417, павильон 2 (монтаж/демонтаж)", 1, 127500.00),
             ("Аварийное освещение и щит учёта", 1, 25500.00)]
    pdfb, tot = docs.invoice_pdf(
        m, "ru", seller, buyer, meta, items, 22,
        ["Получатель: %s" % payee, "ИНН %s  КПП 773501001" % inn, "Банк получателя: АО «ТБанк», г. Москва",
         "БИК %s  к/с %s" % (TB_BIC, TB_CORR), "р/с %s" % A40_ACC],
        notes=["Бронь мощности сохраняется при поступлении оплаты до 18.12.2026."],
        qr=qr, qr_caption=["Оплата по QR-коду", "в приложении вашего банка"], currency="руб.",
        creator="1С:Предприятие 8.3", producer="1С:Предприятие 8.3", t=local("RU", 2026, 12, 3, 10, 50), qr_ecl="M",
        title="Счёт на оплату № ТУ-2027/0388")
    assert abs(tot["gross"] - 186660.00) < 0.01, tot
    pdfp = att(m, pdfb, "application/pdf", "Счёт_ТУ-2027-0388.pdf", "plain", fn_style="rfc2047")
    text = clients.plain_text(paras, None, None, "plain", "ru")
    html = clients.simple_html(paras, None, None)
    alt = clients.alt(text, html, "utf-8", "utf-8", "quoted-printable", "quoted-printable", base.bnd(m, "yandex"))
    m.root = Multipart("mixed", [alt, pdfp], base.bnd(m, "yandex"))
    m.system = (infra.yandex, dict(web=True))
    return finish(m, "'Crocus Expo technical services' invoice for 40 kW power connection at MosBuild 2027 from the "
                     "look-alike crocus-expo-service.ru (Yandex 360), payable to an 'authorised agent' at Т-Банк; PDF "
                     "with a GOST payment QR code.",
                  "Invoice fraud with a Russian payment QR code (ST00012) pointing to a third-party account; "
                  "look-alike organiser domain, 'authorised agent' story, booking-loss deadline; compare the genuine "
                  "supplier invoice with QR in business/39.",
                  phones=["+7 495 727 17 64"],
                  other=["Russian account: р/с %s, БИК %s, к/с %s (Т-Банк), ИНН получателя %s" % (A40_ACC, TB_BIC, TB_CORR, inn)])


MESSAGES = [a37, a38, a39, a40]
