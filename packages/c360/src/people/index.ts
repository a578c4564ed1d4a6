export { listPeople, type ListPeopleQuery, type PeopleSubject } from './list-people.ts';
export { addPerson } from './add-person.ts';
