import { AlertPublicView } from './crisis.models';
import { draftFromAlert, emptyAlertDraft, emptyInfo, toAlertTerms, validateAlertDraft } from './alert-draft';

const m = { country: 'country', required: 'required', headline: 'headline', language: 'language', languageTwice: 'twice' };

describe('alert draft', () => {
  it('names each invalid field by the server field path', () => {
    const d = emptyAlertDraft('en');
    d.infos.push(emptyInfo('EN'), emptyInfo('fr_FR'));
    d.infos[0].headline = 'ok headline';
    expect(validateAlertDraft(d, m)).toEqual({
      country: 'country', 'areas.0.name': 'required', 'infos.0.description': 'required',
      'infos.1.language': 'twice', 'infos.1.headline': 'headline', 'infos.1.description': 'required',
      'infos.2.language': 'language', 'infos.2.headline': 'headline', 'infos.2.description': 'required',
    });
  });

  it('turns lines and commas into lists and round-trips an alert', () => {
    const d = emptyAlertDraft('en');
    Object.assign(d, { country: 'ly', sources: 'IOM\n\n UNHCR ' });
    d.areas[0] = { name: ' Benghazi ', polygons: '32.1,20.0 32.2,20.1 32.1,20.1 32.1,20.0\n', circles: '' };
    d.infos[0] = { language: 'en', event: '', headline: 'Fighting', description: 'd', instruction: '', areaNames: 'Benghazi, ' };
    const terms = toAlertTerms(d);
    expect(terms).toEqual({
      country: 'LY', kind: 'conflict', severity: 'Severe', urgency: 'Immediate', certainty: 'Likely',
      areas: [{ name: 'Benghazi', polygons: ['32.1,20.0 32.2,20.1 32.1,20.1 32.1,20.0'], circles: [] }],
      infos: [{ language: 'en', event: undefined, headline: 'Fighting', description: 'd', instruction: undefined, areaNames: ['Benghazi'] }],
      sources: ['IOM', 'UNHCR'],
    });
    const view = { ...terms, categories: ['Security'], areas: [{ name: 'Benghazi', polygons: terms.areas[0].polygons ?? [], circles: [] }],
      infos: [{ language: 'en', event: 'conflict', headline: 'Fighting', description: 'd', instruction: '', areaNames: ['Benghazi'] }], sources: ['IOM', 'UNHCR'] } as unknown as AlertPublicView;
    expect(toAlertTerms(draftFromAlert(view)).areas).toEqual(terms.areas);
    expect(toAlertTerms(draftFromAlert(view)).categories).toEqual(['Security']);
  });
});
