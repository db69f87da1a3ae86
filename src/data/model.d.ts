/** The published notes' content model, served by src/build/modelModule.ts. */
declare module 'virtual:notes/model' {
  const notes: import('../lib/model/types').NoteModel[];
  export default notes;
}
