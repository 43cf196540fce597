export interface LocalActionView {
  id: string;
  cityOrganisationId: string;
  cityName: string;
  title: string;
  description: string;
  date: string;
  location: { placeName: string; country: string };
  status: string;
  beneficiaries: number;
  commitmentIds: string[];
  recommendationIds: string[];
  version: number;
  reportedAt: string;
  updatedAt: string;
}

export interface LocalActionPage {
  items: LocalActionView[];
  total: number;
  page: number;
  pageSize: number;
}
