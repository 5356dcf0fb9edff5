"""Russian attack messages 37-40."""
import base64

from lib import *
import facts as F


def m37():
    slug = "vodtech-rekvizity-lookalike"
    r = rng_for(slug)
    t = local("MSK", 2026, 11, 5, 11, 20, 47)
    snd = "s.volkov@vodteh-spb.ru"
    rcpt = S("ru_acc")[1]
    p = infra.vps(r, t, snd, rcpt, "mail.vodteh-spb.ru", "89-108-83-14.cloudvps.regruhosting.ru", "89.108.83.14",
                  mailer="outlook-forged", zone="MSK", submit_ip="194.156.98.21")
    p.hdrs[-1] = ("Content-Language", "ru")
    text = """Ольга, добрый день!

Информируем Вас об изменении банковских реквизитов ООО "Водоочистные Технологии" в связи с переводом расчетно-кассового обслуживания в другой банк.

С 06.11.2026 просим производить оплату только по новым реквизитам:

Получатель: ООО "Водоочистные Технологии"
ИНН/КПП: %s / %s
Р/с: %s
Банк: АО "ТБанк", г. Москва
БИК: %s
К/с: %s

Счет в ПАО Сбербанк закрывается, платежи на старые реквизиты будут возвращены. Официальное письмо за подписью генерального директора во вложении.

Просим оплатить счет N 1187 от 28.10.2026 (установка УФ-обеззараживания, аванс 50%%) на сумму 642 300,00 руб. по новым реквизитам до пятницы, иначе мы не сможем сохранить за Вами производственный слот.

Подтвердите, пожалуйста, получение письма ответом на этот e-mail.

С уважением,
Сергей Волков
Менеджер по работе с ключевыми клиентами
ООО "Водоочистные Технологии"
тел. +7 (812) 640-27-15""" % (F.VODTECH_INN, F.VODTECH_KPP, F.VODTECH_RS_FRAUD, F.TBANK_BIK, F.TBANK_KS)
    pdf = simple_pdf("Письмо об изменении реквизитов", [
        "# ООО «Водоочистные Технологии»",
        "ИНН %s  КПП %s  ОГРН %s" % (F.VODTECH_INN, F.VODTECH_KPP, F.VODTECH_OGRN),
        "196084, Санкт-Петербург, ул. Заставская, д. 22, лит. А",
        "",
        "Исх. № 412 от 05.11.2026",
        "",
        "Генеральному директору ООО «Экзампл Груп Рус»",
        "",
        "## ИНФОРМАЦИОННОЕ ПИСЬМО",
        "",
        "Настоящим уведомляем об изменении банковских реквизитов нашей организации.",
        "С 06.11.2026 просим производить все платежи по следующим реквизитам:",
        "",
        "**Р/с " + F.VODTECH_RS_FRAUD,
        "**АО «ТБанк», г. Москва",
        "**БИК " + F.TBANK_BIK + "   К/с " + F.TBANK_KS,
        "",
        "Платежи по прежним реквизитам приниматься не будут.",
        "",
        "Генеральный директор ____________ А. В. Лебедев",
        "Главный бухгалтер   ____________ Н. П. Орлова",
    ], author="Volkov", created=pdfdate(t, "MSK"))
    body = mixed(p, alt(p, text, html_outlook(text, "koi8-r", lang="RU"), "koi8-r", "quoted-printable"),
                 [att(p, pdf, "Письмо_об_изменении_реквизитов.pdf")])
    return Mail(37, "ru", slug, A, p, ("Сергей Волков", snd), [S("ru_acc")],
                "Изменение банковских реквизитов ООО \"Водоочистные Технологии\"", body, cc=[S("ru_mgr")],
                hcs="koi8-r", henc="B",
                what="Supplier requisites change from look-alike vodteh-spb.ru (real: vodtech-spb.ru) on a reg.ru cloud VPS: pay a 642,300 RUB advance to a new account at a Moscow bank.",
                why="Look-alike domain, forged Outlook headers on a rented server, switch from the known Sberbank account to a different bank in another region, 'old payments will be returned', Friday deadline with loss-of-slot threat, confirm by reply only. The account and correspondent account carry valid BIK control keys.")


def m38():
    slug = "fns-trebovanie-zip-parol"
    r = rng_for(slug)
    t = local("MSK", 2026, 10, 13, 10, 34, 12)
    snd = "ifns25@nalog-gov.ru"
    rcpt = S("ru_acc")[1]
    p = infra.vps(r, t, snd, rcpt, "vh242.sweb.ru", "vh242.sweb.ru", "77.222.40.242", mailer="swaks-like",
                  zone="MSK", own_hop=False)
    p.hops = ["from [91.215.153.48] (helo=[192.168.0.104])\n\tby vh242.sweb.ru with esmtpa (Exim 4.96)\n\t(envelope-from <ifns25@nalog-gov.ru>)\n\tid 1t0CxV-004PqA-2T\n\tfor olga.kuznetsova@example.com; %s" % rfcdate(t, "MSK")]
    p.mid = "<%d.%s@nalog-gov.ru>" % (r.randrange(10 ** 8, 10 ** 10), localtime(t, "MSK").strftime("%Y%m%d%H%M%S"))
    p.hdrs = [("X-Mailer", "The Bat! (v11.4.2) Professional"), ("X-Priority", "1 (Highest)")]
    p.order = ["Date", "From", "Reply-To", "X-Priority", "Message-ID", "To", "Subject", "MIME-Version"]
    pw = "4581"
    text = """Межрайонная ИФНС России № 25 по Санкт-Петербургу

ТРЕБОВАНИЕ
о представлении документов (информации) № 12-07/45812 от 13.10.2026

В соответствии со статьей 93.1 Налогового кодекса Российской Федерации налоговый орган направляет требование о представлении документов (информации) по сделкам с ООО «СтройИнвестГрупп» за период с 01.01.2026 по 30.09.2026.

Документы необходимо представить в течение 5 рабочих дней со дня получения требования. Квитанцию о приеме требования необходимо направить в течение 6 рабочих дней. Неисполнение требования влечет ответственность по ст. 126 и 129.1 НК РФ, а также может стать основанием для приостановления операций по счетам (п. 3 ст. 76 НК РФ).

Требование и перечень истребуемых документов во вложении. В целях защиты сведений, составляющих налоговую тайну, архив защищен паролем: %s

Начальник отдела выездных проверок
советник государственной гражданской службы РФ 2 класса
Т. А. Григорьева""" % pw
    z = zip_crypto([("Требование_№12-07-45812.pdf.exe", attach.placeholder("x"))], pw, r,
                   date_time=(2026, 10, 13, 10, 2, 40), utf8_names=True)
    body = mixed(p, Text(text, "plain", "windows-1251", "base64"),
                 [Binary(z, "application/x-zip-compressed", "Требование_12-07-45812.zip", fname_style="rfc2047")])
    return Mail(38, "ru", slug, A, p, ("ИФНС России № 25 по Санкт-Петербургу", snd), [S("ru_acc")],
                "Требование о представлении документов (информации) № 12-07/45812 от 13.10.2026", body,
                hcs="windows-1251", henc="B",
                what="Tax-office malware lure: fake FNS 'требование о представлении документов' from nalog-gov.ru via a shared-hosting Exim server, with a password-protected ZIP (password in the body) holding 'Требование_№12-07-45812.pdf.exe' (inert placeholder).",
                why="FNS sends requirements only through the electronic reporting operator (TKS) or the taxpayer's personal account, never from nalog-gov.ru with attachments; encrypted archive evades scanning; double extension .pdf.exe; threat of blocked bank accounts; The Bat! client with highest priority.",
                checks={"zip_password": pw},
                structure_note="ZIP password '4581' → Требование_№12-07-45812.pdf.exe")


def m39():
    slug = "rosprirodnadzor-nvos-lk-phishing"
    r = rng_for(slug)
    t = local("MSK", 2026, 11, 16, 9, 5, 38)
    snd = "uvedomlenie@rpn-lk.ru"
    rcpt = S("ru_mgr")[1]
    p = infra.yandex(r, t, snd, rcpt, "185.246.188.60")
    url = "https://lk-rpn.gov-ru.online/auth?inn=%s&r=%s" % (F.EG_RU_INN, hexs(r, 12))
    text = """Федеральная служба по надзору в сфере природопользования
Северо-Западное межрегиональное управление Росприроднадзора

Уведомление о задолженности по плате за негативное воздействие на окружающую среду

Природопользователь: ООО «Экзампл Груп Рус»
ИНН: %s

По данным личного кабинета природопользователя за ООО «Экзампл Груп Рус» числится задолженность по квартальным авансовым платежам за сбросы загрязняющих веществ в водные объекты за III квартал 2026 года в размере 412 380,55 руб., а также начислены пени в размере 6 184,20 руб.

В соответствии со ст. 16.4 Федерального закона от 10.01.2002 № 7-ФЗ «Об охране окружающей среды» плата вносится не позднее 20-го числа месяца, следующего за последним месяцем квартала. Для сверки расчетов и получения платежного документа войдите в личный кабинет природопользователя:

%s

В случае непогашения задолженности в течение 10 дней материалы будут направлены для взыскания в судебном порядке.

Северо-Западное межрегиональное управление Росприроднадзора""" % (F.EG_RU_INN, url)
    html = "<div>" + "</div><div>".join(html_escape(l) if l else "&nbsp;" for l in text.split("\n")) + "</div>"
    html = html.replace(html_escape(url), '<a href="%s">%s</a>' % (url, html_escape(url)))
    body = alt(p, text, html, "utf-8", "base64")
    return Mail(39, "ru", slug, A, p, ("Росприроднадзор", snd), [S("ru_mgr")],
                "Уведомление о задолженности по плате за НВОС (III квартал 2026)", body,
                what="Regulator credential phishing: fake Rosprirodnadzor notice of arrears in the environmental-impact (wastewater discharge) fee, from look-alike rpn-lk.ru hosted on Yandex 360; link to a fake 'природопользователь' cabinet.",
                why="Rosprirodnadzor uses rpn.gov.ru and the cabinet is lk.rpn.gov.ru (login via Gosuslugi); the link goes to gov-ru.online to harvest Gosuslugi/ESIA credentials; court-collection threat with a 10-day deadline; trade-specific bait for a wastewater operator.")


def m40():
    slug = "diadoc-edo-document-phishing"
    r = rng_for(slug)
    t = local("MSK", 2026, 12, 10, 14, 47, 2)
    snd = "noreply@diadoc-kontur.ru"
    rcpt = S("ru_acc")[1]
    p = infra.mailgun(r, t, snd, rcpt, "mg.diadoc-kontur.ru")
    url = "https://diadoc-kontur.ru/auth/login?ReturnUrl=%%2Fdocument%%2F%s&email=%s" % (det_uuid(r), rcpt.replace("@", "%40"))
    text = """Контур.Диадок

Вам поступил документ на подпись

Отправитель: ООО «Водоочистные Технологии»
Получатель: ООО «Экзампл Груп Рус»
Документ: Универсальный передаточный документ (УПД) № 1342 от 10.12.2026
Сумма: 684 250,00 ₽

Требуется подпись получателя. Срок подписания - 3 рабочих дня.

Перейти к документу:
%s

Вы получили это письмо, потому что подписаны на уведомления Диадока.
АО «ПФ «СКБ Контур»""" % url
    html = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f5f5f5;font-family:Arial,Helvetica,sans-serif;color:#222">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin:20px auto">
<tr><td style="padding:18px 26px;border-bottom:1px solid #e5e5e5"><span style="font-size:20px;color:#e34b3a"><b>Контур</b></span><span style="font-size:20px">.Диадок</span></td></tr>
<tr><td style="padding:26px;font-size:15px;line-height:1.5">
<p style="font-size:19px"><b>Вам поступил документ на подпись</b></p>
<table cellpadding="4" style="font-size:14px">
<tr><td style="color:#777">Отправитель</td><td>ООО «Водоочистные Технологии»</td></tr>
<tr><td style="color:#777">Получатель</td><td>ООО «Экзампл Груп Рус»</td></tr>
<tr><td style="color:#777">Документ</td><td>УПД № 1342 от 10.12.2026</td></tr>
<tr><td style="color:#777">Сумма</td><td>684 250,00 ₽</td></tr>
</table>
<p>Требуется подпись получателя. Срок подписания - 3 рабочих дня.</p>
<p style="margin:26px 0"><a href="%s" style="background:#2291ff;color:#fff;padding:11px 24px;text-decoration:none;border-radius:4px">Перейти к документу</a></p>
<p style="font-size:12px;color:#888">Вы получили это письмо, потому что подписаны на уведомления Диадока.<br>АО «ПФ «СКБ Контур»</p>
</td></tr></table></body></html>
""" % url
    body = alt(p, text, html, "utf-8", "quoted-printable")
    return Mail(40, "ru", slug, A, p, ("Контур.Диадок", snd), [S("ru_acc")],
                "Вам поступил документ на подпись от ООО «Водоочистные Технологии»", body,
                what="EDI-operator credential phishing: fake Kontur.Diadok 'document to sign' (UPD from a real supplier) via Mailgun from look-alike diadoc-kontur.ru, link to a fake login.",
                why="Diadoc notifications come from diadoc.ru/kontur.ru and link there; the look-alike login page harvests the EDO account used to sign legally binding documents; uses the name of a real supplier and a plausible UPD to create urgency.")


def build():
    return [m37(), m38(), m39(), m40()]
