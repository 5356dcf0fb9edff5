"""Attack messages, Russian (4)."""
import infra as I
import kit as K
import facts as F
from company import S
from util import rng_for


def M(**kw):
    kw.setdefault("lang", "ru")
    return kw


def a37():
    r = rng_for("a37-zip")
    text = """Уважаемый налогоплательщик!

Межрайонной ИФНС России N 46 по г. Москве в ходе камеральной налоговой проверки налоговой декларации по НДС за 3 квартал 2026 г., представленной ООО "Экзампл Груп Рус" (ИНН %s), выявлены расхождения между сведениями о счетах-фактурах в книге покупок и данными контрагентов.

В соответствии с п. 3 ст. 88 Налогового кодекса РФ Вам необходимо в течение 5 рабочих дней представить пояснения либо внести исправления в налоговую декларацию.

Требование N 14-08/3617 от 18.11.2026 с перечнем расхождений направлено во вложении. В целях защиты сведений, составляющих налоговую тайну, архив защищён паролем.
Пароль к архиву: 3617

Непредставление пояснений в установленный срок влечёт ответственность по ст. 129.1 НК РФ.

Начальник отдела камеральных проверок N 8
Межрайонная ИФНС России N 46 по г. Москве
""" % F.EXAMPLE_RU_INN
    z = K.zip_att("Требование_14-08_3617.zip", [("Требование_14-08_3617_перечень_расхождений.pdf.exe", K.stub("exe"))],
                  password="3617", rng=r, dt=(2026, 11, 18, 9, 12, 40))
    return M(
        slug="fns-trebovanie-zip-parol",
        what="Fake Federal Tax Service (ФНС) demand for explanations on the VAT return, with a password-protected ZIP 'requirement'.",
        why="Sent from a free Mail.ru mailbox posing as an inspectorate; ФНС sends requirements only through the electronic reporting operator (ТКС), never by e-mail with archives; the ZIP hides an .pdf.exe (inert placeholder) behind a password given in the text to evade scanning.",
        to=S["ruacc"], frm=("Межрайонная ИФНС России N 46 по г. Москве", "ifns46.trebovanie@mail.ru"),
        subject="Требование о представлении пояснений N 14-08/3617 от 18.11.2026", hcs="koi8-r", henc="B",
        when=(11, 18, 9, 20), zone="RU",
        infra=lambda c: I.mailru(c),
        body=K.mixed(K.plain(text, "koi8-r", "8bit", quote_cs=False, label="koi8-r"), z),
    )


def a38():
    text = """Уважаемые коллеги!

Уведомляем Вас об изменении банковских реквизитов ООО «СтройЛеса» в связи с переходом на расчётно-кассовое обслуживание в АО «ТБанк».

С 20.11.2026 просим производить оплату по следующим реквизитам:

Получатель: ООО «СтройЛеса»
ИНН %s / КПП %s
Р/с %s
Банк: АО «ТБанк», г. Москва
БИК %s
К/с %s

Оплату по счёту № 1184 от 12.11.2026 на сумму 486 300,00 руб. (в т.ч. НДС) просим произвести по новым реквизитам. Платежи, поступившие на прежний счёт в ПАО Сбербанк после 20.11.2026, будут возвращены отправителю.

Официальное письмо за подписью генерального директора во вложении. Просим подтвердить получение ответным письмом.

С уважением,
Бухгалтерия ООО «СтройЛеса»
тел. +7 (495) 648-21-17
""" % (F.STROYLESA_INN, F.STROYLESA_KPP, F.MULE_RU, F.T_BIK, F.T_CORR)
    pdf = K.pdf_att("Pismo_o_smene_rekvizitov_StroyLesa.pdf", [
        "# OOO \"StroyLesa\"", "INN %s / KPP %s / OGRN %s" % (F.STROYLESA_INN, F.STROYLESA_KPP, F.STROYLESA_OGRN), "---", "",
        "Iskh. No. 214 ot 17.11.2026", "", "## Informatsionnoe pismo ob izmenenii bankovskikh rekvizitov", "",
        "Nastoyashchim soobshchaem, chto s 20.11.2026 oplatu sleduet proizvodit po rekvizitam:", "",
        "R/s " + F.MULE_RU, "Bank: AO \"TBank\", g. Moskva", "BIK " + F.T_BIK, "K/s " + F.T_CORR, "",
        "General'nyy direktor                     A. V. Kuznetsov", "Glavnyy bukhgalter                        I. S. Kuznetsova",
    ], title="Pismo", producer="Microsoft: Print To PDF", creator="", created="D:20261117143012+03'00'")
    return M(
        slug="stroylesa-smena-rekvizitov-lookalike",
        what="Supplier bank-detail change: 'accounts of OOO StroyLesa' announces a move to another bank and asks to pay invoice 1184 (RUB 486,300) to the new account (PDF letter).",
        why="Look-alike domain stroy-lesa.ru (the supplier uses stroylesa.ru) on a VPS with a forged Outlook user agent; copies the supplier's real INN/KPP but new account at a different bank; threat that payments to the old account will bounce; confirmation by e-mail only. Account number and BIK are formally valid (control key), so only the channel gives it away.",
        to=S["ruacc"], frm=("Бухгалтерия ООО «СтройЛеса»", "buh@stroy-lesa.ru"),
        subject="Изменение банковских реквизитов ООО «СтройЛеса»", hcs="windows-1251", henc="B",
        when=(11, 19, 11, 46), zone="RU",
        infra=lambda c: I.vps_postfix(c, "mail.stroy-lesa.ru", "vm1428553.firstbyte-vds.ru", "185.105.88.117", mua="outlook"),
        lang_tag="ru",
        body=K.mixed(K.alt(text, "windows-1251", "quoted-printable", "outlook", "ru", label="windows-1251"), pdf),
    )


def a39():
    text = """Ирина Кузнецова поделилась с вами папкой

«Акт сверки 4 кв. 2026 - СтройЛеса / Экзампл Груп Рус»
3 файла · 1,8 МБ

Дмитрий, добрый день! Направляю акт сверки и закрывающие документы, прошу проверить и подписать до конца недели.

[[!Открыть папку|https://disk.yandex-disk-share.online/d/8fK2qLxW3mNpTa?login=dmitry.sokolov%40examplegroup.eu]]

Яндекс Диск
Чтобы открыть папку, войдите с помощью Яндекс ID.
"""
    return M(
        slug="yandex-disk-papka-phish",
        what="Fake Yandex Disk share: 'Irina Kuznetsova' (a real supplier contact) shared a folder with the reconciliation statement.",
        why="Not sent by Yandex (no Yandex infrastructure, no @yandex.ru/@yandex-team sender) but from a VPS under yandex-disk-share.online; the link asks for Yandex ID credentials on that look-alike; uses a real supplier contact's name for credibility.",
        to=S["rumgr"], frm=("Яндекс Диск", "disk-noreply@yandex-disk-share.online"),
        subject="Ирина Кузнецова поделилась с вами папкой «Акт сверки 4 кв. 2026»", hcs="utf-8", henc="B",
        when=(12, 1, 15, 8), zone="RU",
        infra=lambda c: I.vps_postfix(c, "mail.yandex-disk-share.online", "vm-37-140-197-54.cloudvps.regruhosting.ru", "37.140.197.54", mua="none"),
        body=K.alt(text, "utf-8", "quoted-printable", "mail", "ru", title="Яндекс Диск",
                   button="display:inline-block;padding:11px 24px;background:#ffdb4d;color:#000;text-decoration:none;border-radius:8px"),
    )


def a40():
    text = """Контур.Диадок

Вам поступил документ на подпись

Отправитель: ООО «ТрансЛогистик»
Документ: УПД № 4417 от 30.11.2026
Сумма: 212 640,00 руб.
Получатель: ООО «Экзампл Груп Рус»

Срок подписания: 3 рабочих дня. После истечения срока документ будет считаться принятым без разногласий.

[[!Перейти к документу|https://diadoc-kontur.online/Login?ReturnUrl=%2Fdoc%2F4417]]

Вход по логину и паролю или по сертификату электронной подписи.

С уважением,
Контур.Диадок
"""
    return M(
        slug="diadok-upd-podpis-phish",
        what="Fake Kontur.Diadoc (EDI) notice: a universal transfer document (УПД) from a real carrier awaits signature.",
        why="Brevo mail from diadoc-kontur.online (Diadoc uses diadoc.kontur.ru / kontur.ru); link to the look-alike login to harvest EDI credentials; 'deemed accepted' deadline pressure. Compare the genuine Diadoc notice in business/.",
        to=S["rumgr"], frm=("Контур.Диадок", "noreply@diadoc-kontur.online"),
        subject="Вам поступил документ на подпись: УПД № 4417 от ООО «ТрансЛогистик»", hcs="utf-8", henc="B",
        when=(12, 3, 10, 2), zone="RU",
        infra=lambda c: I.brevo(c, campaign=False),
        body=K.alt(text, "utf-8", "base64", "mail", "ru", title="Контур.Диадок",
                   button="display:inline-block;padding:10px 22px;background:#ff6b00;color:#fff;text-decoration:none"),
    )


def build():
    return [a37(), a38(), a39(), a40()]
