"""Attack messages 37-40 (Russian)."""
import datetime as _dt

import archives
from company import SZEM, OFFICES, who
from idcheck import ru_rs, ru_inn10
from mime import plain, html, alt, mixed, attachment
from mk import esc, para_html, wrap_plain
from spec import message
from systems import Direct, Platform, Yandex
from util import rhex, ralnum, rdigits, fmt_date

INN = OFFICES['RU']['ids'][0][1]


# ------------------------------------------------------------------------------------------------ 37
@message('attack', 37, 'ru', 'fns-trebovanie-zip-parol')
def a37(s):
    s.sent('2026-11-18 10:41:29', 'RU')
    s.frm = ('ФНС России', 'trebovanie@uved-nalog.ru')
    s.to = [who('dmitry.volkov')]
    s.subject = 'Требование о представлении пояснений № 14-17/8842 от 18.11.2026'
    s.hcharset, s.henc = 'windows-1251', 'B'
    pw = '8842'
    zipname = 'Требование_14-17-8842.zip'
    inner = archives.inert_pe_stub()
    z = archives.make_zip_encrypted([('Требование_№14-17-8842_пояснения.pdf.scr', inner)], pw, s.zip_time(30), s.rng)
    s.zip_pw[zipname] = pw
    text = ("Уважаемый налогоплательщик!\n\nМежрайонная ИФНС России № 26 по Санкт-Петербургу в рамках камеральной "
            "налоговой проверки налоговой декларации по НДС за 3 квартал 2026 г. направляет ООО «Экзампл Кабель "
            "Рус» (ИНН %s) требование о представлении пояснений в соответствии с п. 3 ст. 88 НК РФ.\n\n"
            "Пояснения необходимо представить в течение 5 рабочих дней со дня получения требования. "
            "Непредставление пояснений влечёт ответственность по ст. 129.1 НК РФ и приостановление операций по "
            "счетам (ст. 76 НК РФ).\n\nТребование и перечень расхождений во вложении. В целях защиты налоговой "
            "тайны архив защищён паролем: %s\n\n"
            "Данное сообщение сформировано автоматически, отвечать на него не нужно.\n" % (INN, pw))
    s.body = mixed(plain(text, 'windows-1251', 'base64'), attachment('application/zip', z, zipname))
    s.system = Direct('mail.uved-nalog.ru', 'vm-48213.fornex-cloud.net', '192.0.2.166', style='outlookdesk', spf='pass',
                      zone='RU', xmailer='Microsoft Outlook 16.0', mid_domain='uved-nalog.ru', dkim=('uved-nalog.ru', 'mail'),
                      desc='attacker VPS mail.uved-nalog.ru [192.0.2.166]',
                      order=('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'X-Mailer'))
    s.what = '"FNS" demand for explanations on the Q3 2026 VAT return, threatening account blocking, with a password-protected archive (password in the body).'
    s.why = 'Tax-authority impersonation delivering malware: the FNS sends demands only through the EDO operator (see business/37), look-alike domain uved-nalog.ru, encrypted ZIP with a .pdf.scr executable.'


# ------------------------------------------------------------------------------------------------ 38
@message('attack', 38, 'ru', 'diadok-lookalike-mailru-podpis')
def a38(s):
    s.sent('2026-12-01 15:22:47', 'RU')
    s.frm = ('Контур.Диадок', 'noreply@diadoc-kontur.ru')
    s.to = [who('dmitry.volkov')]
    s.subject = 'Вам поступил документ на подпись от ООО «СевЗапЭнергоМонтаж»'
    url = 'https://diadoc-kontur.ru/login?returnUrl=%%2Fdocuments%%2F%s' % rhex(s.rng, 32)
    text = ("Здравствуйте!\n\nООО «СевЗапЭнергоМонтаж» (ИНН %s) отправил вам документ, требующий подписи:\n\n"
            "Универсальный корректировочный документ № 1187 от 30.11.2026\nСумма: 1 284 600,00 ₽, в т. ч. НДС 20%%\n\n"
            "Срок подписания: 03.12.2026. Если документ не будет подписан, контрагент вправе считать его "
            "принятым без разногласий.\n\nОткрыть документ: %s\n\n"
            "С уважением,\nКоманда Контур.Диадок\n8 800 500-10-18\n" % (SZEM['inn'], url))
    s.phones = ['8 800 500-10-18']
    h = ('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">'
         '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:16px 0;font-size:22px;color:#1e5fa6"><b>Контур</b>.Диадок</td></tr>'
         '<tr><td>' + para_html(text.replace('Открыть документ: %s' % url, 'BTN')).replace(
             'BTN', '<a href="%s" style="background:#1e5fa6;color:#fff;padding:10px 22px;text-decoration:none;border-radius:3px">Перейти к документу</a>' % esc(url))
         + '</td></tr></table></body></html>\n')
    s.body = alt(plain(text, 'utf-8', 'base64'), html(h, 'utf-8', 'base64'))

    def rec(r, sp, t):
        return 'by smtp49.i.mail.ru with esmtpa (envelope-from <noreply@diadoc-kontur.ru>)\n\tid 1v%s-%s-%s; %s' % (
            ralnum(r, 4), ralnum(r, 6), ralnum(r, 4), fmt_date(t, 'RU', 'std0'))
    s.system = Platform('smtp49.i.mail.ru', '95.163.41.87',
                        [('diadoc-kontur.ru', 'mailru', 'From:Subject:Content-Type:Message-ID:To:Date:MIME-Version', 'relaxed/relaxed')],
                        env_from='noreply@diadoc-kontur.ru', style='hexb', mid_domain='diadoc-kontur.ru', zone='RU',
                        desc='Mail.ru for business (VK WorkSpace) SMTP relay smtp*.i.mail.ru [95.163.41.0/24], DKIM s=mailru',
                        received=[rec],
                        headers_after=[('X-Mailru-Src', 'smtp'), ('X-7564579A', '646B95376F6C166E'),
                                       ('X-77F55803', lambda r, sp: '4F1203BC0FB41BD9' + rhex(r, 16).upper()),
                                       ('X-7FA49CB5', lambda r, sp: rb64_(r)), ('X-Mailru-MI', '8000000000000800'), ('X-Mras', 'Ok')],
                        order=('From', 'To', 'Subject', 'MIME-Version', 'Date', 'Message-ID'), date_style='std')
    s.what = 'Diadoc (EDI) notification that the Russian customer sent a correction document (1 284 600 RUB) that must be signed by 03.12.'
    s.why = 'EDI-operator impersonation for credential theft: look-alike domain diadoc-kontur.ru sent through Mail.ru for business, link to a fake Diadoc login; real Diadoc mail comes from diadoc.ru / skbkontur.ru (business/38).'


def rb64_(r):
    from util import rb64
    return rb64(r, 60)


# ------------------------------------------------------------------------------------------------ 39
@message('attack', 39, 'ru', 'akt-sverki-docx-remote-template')
def a39(s):
    s.sent('2026-10-15 11:08:15', 'RU')
    s.frm = ('Бухгалтерия ООО «СевЗапЭнергоМонтаж»', 'buh@szem-spb.com')
    s.to = [who('dmitry.volkov')]
    s.subject = 'Акт сверки взаиморасчетов за 9 месяцев 2026 г.'
    tmpl = 'https://szem-spb.com/docs/forms/akt_sverki_2026.dotm'
    docx = archives.make_docx(
        [('h', 'АКТ СВЕРКИ ВЗАИМНЫХ РАСЧЕТОВ'), 'за период: 01.01.2026 - 30.09.2026',
         'между ООО «СевЗапЭнергоМонтаж» и ООО «Экзампл Кабель Рус»',
         'Для просмотра таблицы включите редактирование и содержимое (документ создан в более новой версии Microsoft Office).',
         'Сальдо начальное: 0,00', 'Сальдо конечное: см. таблицу'],
        s.zip_time(90)[:6], title='Акт сверки', creator='Пользователь', company='', created_iso='2026-10-15T07:51:00Z',
        remote_template=tmpl)
    text = ("Добрый день!\n\nНаправляем акт сверки взаиморасчетов за 9 месяцев 2026 года. Просим проверить, "
            "подписать и вернуть скан в течение 3 рабочих дней. В случае расхождений просьба сообщить.\n\n"
            "С уважением,\nбухгалтерия ООО «СевЗапЭнергоМонтаж»\nтел. +7 812 336-47-92\n")
    s.phones = ['+7 812 336-47-92']
    s.body = mixed(plain(text, 'utf-8', 'base64'),
                   attachment('application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx,
                              'Акт_сверки_ЭкзамплКабельРус_9м2026.docx'))
    s.system = Yandex(dkim_domain='szem-spb.com')
    s.what = 'Reconciliation statement (акт сверки) for 9 months 2026 "from the customer\'s accounting" as a DOCX.'
    s.why = 'Look-alike domain szem-spb.com (real: szem-spb.ru) on Yandex 360 (SPF/DKIM pass for the fake domain); the DOCX loads a remote macro template (.dotm) from the attacker\'s site (template injection) and asks to "enable content".'


# ------------------------------------------------------------------------------------------------ 40
@message('attack', 40, 'ru', 'akkreditaciya-postavshika-avans-koi8')
def a40(s):
    s.sent('2026-11-26 14:33:50', 'RU')
    s.frm = ('Отдел закупок АО "СеверЭнергоСтрой"', 'zakupki@severenergostroy-tender.ru')
    s.to = [who('olga.smirnova')]
    s.subject = 'Результаты квалификационного отбора поставщиков кабельной продукции 2027'
    s.hcharset, s.henc = 'koi8-r', 'B'
    bik = '044525974'
    rs = ru_rs(bik, '40702810X10001846521')
    inn = ru_inn10('772493018')
    s.accounts = [('р/с', rs), ('БИК', bik), ('ИНН получателя', inn)]
    s.phones = ['+7 495 128-47-09']
    text = ("Уважаемые коллеги!\n\nПо итогам квалификационного отбора поставщиков кабельно-проводниковой продукции "
            "на 2027 год ООО \"Экзампл Кабель Рус\" включено в перечень допущенных поставщиков АО "
            "\"СеверЭнергоСтрой\" (объем закупок по лоту N 3 - кабели ВВГнг(А)-LS и АПвПу2г - около 86 млн руб. в год).\n\n"
            "Для заключения рамочного договора необходимо до 04.12.2026 оплатить аккредитацию на электронной "
            "торговой площадке и проверку службы безопасности в размере 48 500,00 руб. (без НДС) по реквизитам:\n\n"
            "Получатель: ООО \"ТендерКонсалт\"\nИНН %s\nр/с %s\nАО \"ТБанк\", БИК %s\nк/с 30101810145250000974\n"
            "Назначение платежа: Аккредитация поставщика, лот 3, без НДС\n\n"
            "После оплаты просим направить платежное поручение на этот адрес. В случае неоплаты в срок место в "
            "перечне будет предоставлено следующему участнику.\n\n"
            "С уважением,\nВедущий специалист отдела закупок\nСоловьев Игорь Андреевич\nтел. +7 495 128-47-09\n" % (inn, rs, bik))
    s.msgid = '<%d.%s@severenergostroy-tender.ru>' % (s.rng.randint(10 ** 8, 2 * 10 ** 9), s.local().strftime('%Y%m%d%H%M%S'))
    s.body = plain(wrap_plain(text, 76), 'koi8-r', '8bit')
    s.system = Direct('mail.severenergostroy-tender.ru', 'host-192-0-2-118.rusonyx.net', '192.0.2.118', style='generic',
                      spf='softfail', zone='RU', xmailer='The Bat! (v10.5.3) Professional', mid_domain='severenergostroy-tender.ru',
                      desc='rented server, The Bat! client, SPF softfail', order=('Date', 'From', 'X-Mailer', 'Message-ID', 'To', 'Subject', 'MIME-Version'))
    s.what = 'A large energy construction company informs that the Russian office was selected as a 2027 cable supplier (86 m RUB/year) and must pay 48 500 RUB "accreditation".'
    s.why = 'Advance-fee / fake-tender scam: fee paid to a third-party "TenderKonsalt" account before any contract, deadline pressure, unknown look-alike procurement domain (SPF softfail); real tender platforms never invoice per e-mail from the buyer (business/40).'
