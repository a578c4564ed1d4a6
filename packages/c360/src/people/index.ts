export { listPeople, type ListPeopleQuery } from './list-people.ts';
export { addPerson } from './add-person.ts';
