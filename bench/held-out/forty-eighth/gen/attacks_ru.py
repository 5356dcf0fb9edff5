"""Attack messages, Russian (4)."""

from company import S, RU
from core import Msg, alt, plain, mixed, att_zip
from systems import OwnPostfix, MailRu, Exim, Yandex


def a37():
    text = """Уважаемый налогоплательщик!

Межрайонная ИФНС России № 28 по Санкт-Петербургу в соответствии со статьёй 88 Налогового кодекса Российской Федерации направляет требование о представлении пояснений по налоговой декларации по НДС за 3 квартал 2026 года.

Налогоплательщик: ООО «Экзампл Груп Рус»
ИНН: %s

Пояснения необходимо представить в течение пяти рабочих дней со дня получения требования. Непредставление пояснений в установленный срок влечёт ответственность по статье 129.1 НК РФ.

Требование № 28-14/18832 от 27.10.2026 и перечень выявленных расхождений находятся во вложении. В целях защиты налоговой тайны архив защищён паролем: 18832

Межрайонная ИФНС России № 28 по Санкт-Петербургу
Отдел камеральных проверок № 2""" % RU["example_ru_inn"]
    z = att_zip("Требование_28-14_18832.zip",
                [("Требование_№28-14_18832_перечень_расхождений.pdf.scr",
                  "inert placeholder - evaluation sample, no executable content\n", (2026, 10, 27, 18, 4, 51))],
                password="18832", seed="a37")
    m = Msg("fns-trebovanie-zip-parol", "2026-10-28 10:19:42",
            OwnPostfix(server="mail.nalog-uved.ru", server_ip="45.141.215.87", server_rdns=None,
                       client="thunderbird", client_helo="[192.168.0.102]", client_ip="188.130.160.19",
                       zone="MSK"),
            ("ИФНС России № 28 по Санкт-Петербургу", "trebovanie@nalog-uved.ru"), [S("smirnova")],
            "Требование о представлении пояснений № 28-14/18832 от 27.10.2026",
            mixed(plain(text, "UTF-8", "8bit", flowed=True), z),
            hcs="UTF-8", hmode="B",
            what="'Tax inspectorate No. 28' sends a demand for explanations on the Q3 VAT return as a password-protected archive.",
            why="Malware delivery with a tax-office lure: the FNS sends demands only through the electronic-reporting operator (TKS) or the taxpayer's online account, never as e-mail archives; "
                "look-alike nalog-uved.ru on a VPS without reverse DNS; ZipCrypto archive with the password in the body containing a screensaver executable disguised as PDF (.pdf.scr). "
                "Contrast business/40.",
            technique="password-protected archive (ZipCrypto) with disguised executable; national tax office lure (FNS); look-alike domain (VPS)")
    m.zip_password = "18832"
    return m


def a38():
    text = """Добрый день, Ольга!

Сообщаем, что с 12.11.2026 в связи со сменой обслуживающего банка оплату по всем счетам просим производить по новым реквизитам:

Получатель: ООО «ТК Балтика»
ИНН %s
р/с %s
в АО «ТБанк»
БИК %s
к/с %s

Счёт в ПАО Сбербанк закрывается, платежи на старые реквизиты банк будет возвращать.

Просим оплатить счёт № 1187 от 02.11.2026 на сумму 86 400,00 руб. по новым реквизитам до пятницы и прислать платёжное поручение ответом на это письмо. Письмо об изменении реквизитов с подписью и печатью направим почтой.

С уважением,
Сергей Егоров
ТК «Балтика»""" % (RU["fake_inn"], RU["fake_acc"], RU["fake_bik"], RU["fake_ks"])
    return Msg("baltika-smena-rekvizitov-mailru", "2026-11-11 13:27:06", MailRu(),
               ("ТК Балтика", "baltika-tk@mail.ru"), [S("smirnova")],
               "Изменение банковских реквизитов ТК «Балтика» с 12.11.2026",
               alt(text, "UTF-8", "base64", hstyle="generic", lang="ru"),
               what="'TK Baltika' (carrier) announces new bank details at T-Bank and asks to pay invoice 1187 there by Friday.",
               why="Carrier bank-detail-change BEC: look-alike free-mail address baltika-tk@mail.ru (the carrier writes from baltika.tk@yandex.ru), the new account belongs to a company with a Moscow INN different "
                   "from the carrier's, 'old account closing', pay now and send the payment order, signed letter only 'by post later'. Contrast business/37.",
               technique="BEC carrier bank change; look-alike free-mail address (Mail.ru)")


def a39():
    url = "https://360-yandex.ru.quota-admin.com/admin/storage?org=example.com&u=dmitry.sokolov"
    text = """Здравствуйте, Дмитрий!

Хранилище вашей организации example.com в Яндекс 360 для бизнеса заполнено на 98%% (9,8 ГБ из 10 ГБ).

Через 48 часов входящие письма для сотрудников организации начнут возвращаться отправителям, а синхронизация Диска будет приостановлена.

До 31 декабря администраторы могут бесплатно увеличить объём хранилища до 50 ГБ. Для этого подтвердите учётную запись администратора:

[[Увеличить хранилище|%s]]

С уважением,
команда Яндекс 360 для бизнеса""" % url
    return Msg("yandex360-khranilishche-zapolneno", "2026-12-04 09:58:17",
               Exim(host="vh312.timeweb.ru", host_ip="92.53.96.112", via="phpmailer",
                    cpuser="cf52118", site="avtoservis-primorsky.ru", zone="MSK"),
               ("Яндекс 360 для бизнеса", "noreply@avtoservis-primorsky.ru"), [S("sokolov")],
               "Яндекс 360: хранилище организации заполнено на 98%",
               alt(text, "koi8-r", "quoted-printable", hstyle="generic", pstyle="colon", lang="ru"),
               hcs="koi8-r", hmode="B",
               what="'Yandex 360 for Business' warns that the organisation's storage is 98 % full and offers a free upgrade after admin login.",
               why="Credential phishing: Example Group's mail is not hosted on Yandex 360 at all; sent with PHPMailer from a compromised car-service website, link uses a deceptive subdomain "
                   "(360-yandex.ru.quota-admin.com), bounce-threat deadline. Contrast business/38 (genuine Yandex ID notice).",
               technique="credential phishing: Yandex 360 brand; compromised website (PHPMailer)")


def a40():
    url = "https://diadoc-kontur.ru.doc-view.online/doc/3f7a91c2?box=example-rus"
    text = """Вам поступил документ на подпись

Отправитель: ООО «СтройПроект-Нева»
Документ: Акт сверки взаимных расчётов за 3 квартал 2026 г.
Статус: требуется подпись

Документ будет доступен для подписания в течение 5 дней. Для просмотра войдите в Диадок с логином и паролем или по сертификату.

[[Открыть документ|%s]]

Это письмо отправлено автоматически сервисом Диадок. Не отвечайте на него.
АО «ПФ «СКБ Контур»""" % url
    return Msg("diadok-akt-sverki-podpis", "2026-11-20 11:34:26",
               Yandex(client="web"),
               ("Диадок", "noreply@diadoc-kontur.ru"), [S("smirnova")],
               "Вам поступил документ на подпись: Акт сверки от ООО «СтройПроект-Нева»",
               alt(text, "UTF-8", "quoted-printable", hstyle="generic", pstyle="colon", lang="ru"),
               hcs="UTF-8", hmode="B",
               what="'Diadoc' (Kontur e-document exchange) notification: a reconciliation statement from a real customer awaits signature.",
               why="E-document/e-invoicing phishing: look-alike diadoc-kontur.ru hosted on Yandex 360 (real Diadoc mail comes from kontur.ru/diadoc.ru), link to a deceptive subdomain of doc-view.online "
                   "asking for Diadoc login/password; uses the name of an existing customer. Contrast business/39 (the customer's genuine mail about the same reconciliation).",
               technique="credential phishing: e-document/e-invoicing system (Diadoc); look-alike domain on Yandex 360")


def messages():
    return [a37(), a38(), a39(), a40()]
