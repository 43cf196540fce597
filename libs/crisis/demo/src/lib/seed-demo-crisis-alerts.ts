import { INestApplicationContext, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RaiseCrisisAlertCommand, ReportNationalsPresenceCommand, Saved } from '@accord/crisis/application';
import { TransactionalCommandBus } from '@accord/shared/messaging';
import { demoContext } from './demo-actors';

/**
 * The 2011 Libya crisis as the GFMD 2016 report tells it (2.1–2.2): IOM raises the alert, Bangladesh
 * and the Philippines report their nationals there. Through the command bus, on an empty table only.
 * Hosted where the crisis write side is (agencies-service, platform).
 */
export async function seedDemoCrisisAlerts(app: INestApplicationContext): Promise<string | null> {
  const [{ n }] = await app.get(DataSource).query('SELECT count(*)::int AS n FROM crisis.crisis_alert');
  if (n > 0) return null;
  const bus = app.get(TransactionalCommandBus);
  const alert: Saved = await bus.execute(
    new RaiseCrisisAlertCommand(demoContext('agency-iom', 'crisis_cell_officer'), {
      country: 'LY', kind: 'conflict', severity: 'Extreme', urgency: 'Immediate', certainty: 'Observed', categories: ['Security'],
      areas: [
        { name: 'Benghazi', polygons: ['32.20,19.95 32.20,20.25 31.95,20.25 31.95,19.95 32.20,19.95'], circles: [] },
        { name: 'Tripoli', polygons: [], circles: ['32.8872,13.1913 30'] },
        { name: 'Ras Ajdir border crossing (Tunisia)', polygons: [], circles: ['33.1500,11.5600 10'] },
      ],
      infos: [
        {
          language: 'en', event: 'Armed conflict', headline: 'Libya: armed conflict, migrant workers stranded',
          description: 'Fighting has spread across Libya. Hundreds of thousands of migrant workers, many without documents or means, are trying to leave by land to Tunisia and Egypt and by sea.',
          instruction: 'States with nationals in Libya: report estimated numbers and needs; coordinate evacuation with IOM.', areaNames: [],
        },
        {
          language: 'bn', event: 'সশস্ত্র সংঘাত', headline: 'লিবিয়া: সশস্ত্র সংঘাত, অভিবাসী শ্রমিকরা আটকে আছেন',
          description: 'লিবিয়া জুড়ে লড়াই ছড়িয়ে পড়েছে। অভিবাসী শ্রমিকরা তিউনিসিয়া ও মিশর সীমান্ত দিয়ে দেশ ছাড়ার চেষ্টা করছেন।',
          instruction: 'নিকটবর্তী সীমান্ত ক্রসিং-এ আইওএম-এর সাথে যোগাযোগ করুন।', areaNames: ['বেনগাজি', 'ত্রিপোলি', 'রাস আজদির সীমান্ত (তিউনিসিয়া)'],
        },
      ],
      sources: ['IOM Libya crisis response 2011', 'GFMD 2016 governance report, section 2.2'],
    }),
  );
  await bus.execute(new ReportNationalsPresenceCommand(demoContext('state-bd', 'crisis_cell_officer'), alert.id, [
    { place: 'Benghazi', count: 14000 }, { place: 'Tripoli', count: 16000 }, { place: 'Ras Ajdir border crossing (Tunisia)', count: 6713 },
  ], ['evacuation', 'consular', 'shelter']));
  await bus.execute(new ReportNationalsPresenceCommand(demoContext('state-ph', 'crisis_cell_officer'), alert.id, [
    { place: 'Tripoli', count: 9000 }, { place: 'Benghazi', count: 3500 },
  ], ['evacuation', 'consular', 'medical']));
  new Logger('DemoCrisis').log('raised the Libya 2011 crisis alert with presence reports from Bangladesh and the Philippines');
  return alert.id;
}
